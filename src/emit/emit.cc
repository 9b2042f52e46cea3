#include "dyad/emit.h"

#include <algorithm>

namespace dyad {
namespace {

using nlohmann::ordered_json;

ordered_json ActorJson(const Actor& a) {
  auto str_or_null = [](const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); };
  return ordered_json{{"text", a.text},
                      {"code", a.code},
                      {"country", str_or_null(a.country)},
                      {"sector", str_or_null(a.sector)},
                      {"name", str_or_null(a.name)},
                      {"role", str_or_null(a.role)},
                      {"start", a.span.begin},
                      {"end", a.span.end}};
}

const std::vector<std::string> kColumns = {"doc_id", "event_id", "date",  "source", "target", "cameo", "root",
                                           "quad_class", "goldstein", "plover", "location", "lang", "evidence"};

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Tsv(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

// Display width in code points (good enough for aligned Latin and Arabic text).
size_t Width(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  size_t i = 0, w = 0;
  while (i < s.size() && w < max - 1) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++w;
  }
  return s.substr(0, i) + "…";
}

}  // namespace

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return OutputFormat::kJsonl;
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  return InvalidInput("unknown format '" + std::string(name) + "' (jsonl, table, csv, tsv)");
}

ordered_json EventToJson(const Event& e) {
  ordered_json j;
  j["doc_id"] = e.doc_id;
  j["event_id"] = e.event_id;
  j["date"] = e.date.empty() ? ordered_json(nullptr) : ordered_json(e.date);
  j["date_precision"] = e.date_precision;
  j["date_evidence"] = e.date_evidence ? ordered_json{{"start", e.date_evidence->begin}, {"end", e.date_evidence->end}}
                                       : ordered_json(nullptr);
  j["source"] = ActorJson(e.source);
  j["target"] = e.target ? ActorJson(*e.target) : ordered_json(nullptr);
  j["cameo"] = e.cameo;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type}, {"mode", e.plover_mode.empty() ? ordered_json(nullptr) : ordered_json(e.plover_mode)}};
  j["symmetric"] = e.symmetric;
  if (e.location) {
    const Location& l = *e.location;
    j["location"] = {{"name", l.name}, {"canonical", l.canonical}, {"country", l.country}, {"admin1", l.admin1}, {"lat", l.lat},
                     {"lon", l.lon}, {"geonames_id", l.geonames_id}, {"precision", l.precision},
                     {"start", l.span.begin}, {"end", l.span.end}};
  } else {
    j["location"] = nullptr;
  }
  j["lang"] = e.lang;
  j["sentence"] = {{"index", e.sentence_index}, {"start", e.sentence.begin}, {"end", e.sentence.end}, {"text", e.sentence_text}};
  j["trigger"] = {{"start", e.trigger.begin}, {"end", e.trigger.end}};
  j["evidence"] = {{"text", e.evidence_text}, {"start", e.evidence.begin}, {"end", e.evidence.end}};
  j["mentions"] = e.mentions;
  return j;
}

namespace {

// A small JSON writer: keys in a fixed order, strings escaped per RFC 8259
// (the input is valid UTF-8, checked by the reader).
class JsonLine {
 public:
  JsonLine& Key(const char* k) {
    Sep();
    out_ += '"';
    out_ += k;
    out_ += "\":";
    fresh_ = true;
    return *this;
  }
  JsonLine& Str(std::string_view v) {
    out_ += '"';
    for (char c : v) {
      unsigned char u = static_cast<unsigned char>(c);
      if (c == '"') out_ += "\\\"";
      else if (c == '\\') out_ += "\\\\";
      else if (u < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", u);
        out_ += buf;
      } else out_ += c;
    }
    out_ += '"';
    fresh_ = false;
    return *this;
  }
  JsonLine& StrOrNull(std::string_view v) { return v.empty() ? Raw("null") : Str(v); }
  JsonLine& Int(long long v) { return Raw(std::to_string(v)); }
  JsonLine& Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    std::string s(buf);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";  // as nlohmann prints doubles
    return Raw(s);
  }
  JsonLine& Bool(bool v) { return Raw(v ? "true" : "false"); }
  JsonLine& Raw(std::string_view v) {
    out_ += v;
    fresh_ = false;
    return *this;
  }
  JsonLine& Open() {
    Sep();
    out_ += '{';
    fresh_ = true;
    return *this;
  }
  JsonLine& Close() {
    out_ += '}';
    fresh_ = false;
    return *this;
  }
  std::string& str() { return out_; }

 private:
  void Sep() {
    if (!fresh_ && !out_.empty() && out_.back() != '{' && out_.back() != ':') out_ += ',';
  }
  std::string out_;
  bool fresh_ = true;
};

void ActorLine(JsonLine& j, const Actor& a) {
  j.Open();
  j.Key("text").Str(a.text).Key("code").Str(a.code).Key("country").StrOrNull(a.country);
  j.Key("sector").StrOrNull(a.sector).Key("name").StrOrNull(a.name).Key("role").StrOrNull(a.role);
  j.Key("start").Int(a.span.begin).Key("end").Int(a.span.end).Close();
}

}  // namespace

std::string EventToJsonLine(const Event& e) {
  JsonLine j;
  j.Open();
  j.Key("doc_id").Str(e.doc_id).Key("event_id").Str(e.event_id).Key("date").StrOrNull(e.date);
  j.Key("date_precision").Str(e.date_precision).Key("date_evidence");
  if (e.date_evidence) j.Open().Key("start").Int(e.date_evidence->begin).Key("end").Int(e.date_evidence->end).Close();
  else j.Raw("null");
  j.Key("source");
  ActorLine(j, e.source);
  j.Key("target");
  if (e.target) ActorLine(j, *e.target);
  else j.Raw("null");
  j.Key("cameo").Str(e.cameo).Key("root").Str(e.root).Key("quad_class").Int(e.quad_class);
  j.Key("goldstein").Num(e.goldstein);
  j.Key("plover").Open().Key("type").Str(e.plover_type).Key("mode").StrOrNull(e.plover_mode).Close();
  j.Key("symmetric").Bool(e.symmetric).Key("location");
  if (e.location) {
    const Location& l = *e.location;
    j.Open().Key("name").Str(l.name).Key("canonical").Str(l.canonical).Key("country").Str(l.country);
    j.Key("admin1").Str(l.admin1).Key("lat").Num(l.lat).Key("lon").Num(l.lon).Key("geonames_id").Int(l.geonames_id);
    j.Key("precision").Str(l.precision).Key("start").Int(l.span.begin).Key("end").Int(l.span.end).Close();
  } else {
    j.Raw("null");
  }
  j.Key("lang").Str(e.lang);
  j.Key("sentence").Open().Key("index").Int(e.sentence_index).Key("start").Int(e.sentence.begin);
  j.Key("end").Int(e.sentence.end).Key("text").Str(e.sentence_text).Close();
  j.Key("trigger").Open().Key("start").Int(e.trigger.begin).Key("end").Int(e.trigger.end).Close();
  j.Key("evidence").Open().Key("text").Str(e.evidence_text).Key("start").Int(e.evidence.begin);
  j.Key("end").Int(e.evidence.end).Close();
  j.Key("mentions").Int(e.mentions).Close();
  return std::move(j.str());
}

std::vector<std::string> EventWriter::Row(const Event& e) const {
  char gs[16];
  std::snprintf(gs, sizeof gs, "%.1f", e.goldstein);
  std::string loc = e.location ? e.location->canonical.empty() ? e.location->name : e.location->canonical : "";
  if (e.location && !e.location->country.empty()) loc += " (" + e.location->country + ")";
  return {e.doc_id, e.event_id, e.date, e.source.code, e.target ? e.target->code : "", e.cameo, e.root,
          std::to_string(e.quad_class), gs, e.plover_type, loc, e.lang, e.evidence_text};
}

std::string DelimitedRow(const std::vector<std::string>& cells, OutputFormat format) {
  bool csv = format == OutputFormat::kCsv;
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line += csv ? "," : "\t";
    line += csv ? Csv(cells[i]) : Tsv(cells[i]);
  }
  return line + "\n";
}

void EventWriter::Write(const CodedDocument& doc) {
  for (const Event& e : doc.events) {
    switch (format_) {
      case OutputFormat::kJsonl:
        out_ << EventToJsonLine(e) << '\n';
        break;
      case OutputFormat::kCsv:
      case OutputFormat::kTsv:
        if (!header_done_) out_ << DelimitedRow(kColumns, format_);
        header_done_ = true;
        out_ << DelimitedRow(Row(e), format_);
        break;
      case OutputFormat::kTable:
        rows_.push_back(Row(e));
        break;
    }
  }
}

void EventWriter::Finish() {
  if (format_ != OutputFormat::kTable) { out_.flush(); return; }
  // doc, date, source, target, cameo, goldstein, location, evidence
  const std::vector<size_t> cols = {0, 2, 3, 4, 5, 8, 10, 12};
  const std::vector<size_t> max = {24, 10, 14, 14, 5, 5, 18, 70};
  std::vector<std::vector<std::string>> table;
  table.push_back({});
  for (size_t c : cols) table.back().push_back(kColumns[c]);
  for (const auto& r : rows_) {
    table.push_back({});
    for (size_t k = 0; k < cols.size(); ++k) table.back().push_back(Clip(r[cols[k]], max[k]));
  }
  std::vector<size_t> width(cols.size(), 0);
  for (const auto& r : table)
    for (size_t k = 0; k < r.size(); ++k) width[k] = std::max(width[k], Width(r[k]));
  for (size_t i = 0; i < table.size(); ++i) {
    for (size_t k = 0; k < table[i].size(); ++k) {
      out_ << table[i][k];
      if (k + 1 < table[i].size()) out_ << std::string(width[k] - Width(table[i][k]) + 2, ' ');
    }
    out_ << '\n';
    if (i == 0) {
      for (size_t k = 0; k < width.size(); ++k) out_ << std::string(width[k], '-') << (k + 1 < width.size() ? "  " : "");
      out_ << '\n';
    }
  }
  out_ << rows_.size() << " events\n";
  out_.flush();
}

}  // namespace dyad
