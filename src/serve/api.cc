// The HTTP API's handlers: parameters checked here, queries in the store's
// read views (src/store/sqlite_views.cc), answers as JSON.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "dyad/serve.h"
#include "dyad/watch.h"

namespace dyad {
namespace {

using json = nlohmann::ordered_json;  // fields in the order written: readable answers

ApiResponse Json(int status, const json& j) {
  return {status, "application/json; charset=utf-8", j.dump(-1, ' ', false, json::error_handler_t::replace)};
}
ApiResponse Error(int status, const std::string& message) { return Json(status, {{"error", message}}); }
ApiResponse FromStatus(const Status& s) {
  int code = s.code() == StatusCode::kInvalidInput    ? 400
             : s.code() == StatusCode::kNotFound      ? 404
             : s.code() == StatusCode::kLimitExceeded ? 400
                                                      : 500;
  return Error(code, s.message());
}

json ParseOrNull(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  return j.is_discarded() ? json(nullptr) : j;
}

double Round3(double v) { return std::round(v * 1000) / 1000; }

// A request's parameters: the filters of `dyad query` plus the names in `extras`.
struct Params {
  EventFilter filter;
  std::map<std::string, std::string> extra;

  Status Parse(const ApiRequest& r, std::initializer_list<const char*> extras, bool filters) {
    std::set<std::string> seen;
    for (const auto& param : r.params) {
      const std::string &k = param.first, &v = param.second;  // not a structured binding: lambdas capture k
      if (!seen.insert(k).second) return InvalidInput("parameter '" + k + "' given twice");
      if (std::find_if(extras.begin(), extras.end(), [&](const char* e) { return k == e; }) != extras.end()) {
        extra[k] = v;
        continue;
      }
      Status s = filters ? SetFilterField(k, v, &filter) : NotFound("");
      if (s.code() == StatusCode::kNotFound) return InvalidInput("unknown parameter '" + k + "'");
      DYAD_RETURN_IF_ERROR(s);
    }
    return Status::Ok();
  }
  // An integer parameter in [min, max], `fallback` when absent.
  Status Number(const std::string& name, size_t min, size_t max, size_t fallback, size_t* out) const {
    auto it = extra.find(name);
    if (it == extra.end()) { *out = fallback; return Status::Ok(); }
    const std::string& v = it->second;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
    if (ec != std::errc() || end != v.data() + v.size() || *out < min || *out > max)
      return InvalidInput(name + ": an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", not " +
                          QuoteBytes(v));
    return Status::Ok();
  }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = extra.find(name);
    return it == extra.end() ? fallback : it->second;
  }
};

bool ParseId(const std::string& s, int64_t* id) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *id);
  return ec == std::errc() && end == s.data() + s.size() && *id > 0;
}

json EventJson(const EventRow& r) {
  return {{"id", r.row_id},           {"document", r.document},         {"doc_id", r.doc_id},
          {"url", r.url},             {"title", r.title},               {"num_mentions", r.num_mentions},
          {"num_sources", r.num_sources}, {"num_articles", r.num_articles}, {"event", ParseOrNull(r.json)}};
}

struct Context {
  Store* store;
  const ApiOptions& options;
  const ApiRequest& request;
};

ApiResponse Events(const Context& c) {
  Params p;
  size_t limit, offset;
  Status s = p.Parse(c.request, {"limit", "offset"}, true);
  if (s.ok()) s = p.Number("limit", 1, c.options.max_limit, 100, &limit);
  if (s.ok()) s = p.Number("offset", 0, 1000000, 0, &offset);
  if (!s.ok()) return FromStatus(s);
  EventSelection sel;
  sel.filter = p.filter;
  sel.filter.limit = limit + 1;  // one more tells whether a next page exists
  sel.offset = offset;
  std::vector<EventRow> rows;
  if (Status q = c.store->Select(sel, &rows); !q.ok()) return FromStatus(q);
  bool more = rows.size() > limit;
  if (more) rows.pop_back();
  json events = json::array();
  for (const auto& r : rows) events.push_back(EventJson(r));
  return Json(200, {{"events", events},
                    {"limit", limit},
                    {"offset", offset},
                    {"next_offset", more ? json(offset + limit) : json(nullptr)}});
}

ApiResponse Series(const Context& c) {
  Params p;
  Status s = p.Parse(c.request, {"period", "by"}, true);
  if (!s.ok()) return FromStatus(s);
  std::string period = p.Get("period", "week"), by = p.Get("by", "");
  if (!by.empty() && by != "dyad" && by != "source" && by != "target")
    return Error(400, "by: dyad, source or target, not " + QuoteBytes(by));
  std::vector<SeriesPoint> points;
  if (Status q = c.store->TimeSeries(p.filter, period, &points, by); !q.ok()) {
    // TimeSeries reports SQL errors as I/O errors; with a full-text query it is that query's syntax.
    if (!p.filter.text.empty() && q.code() == StatusCode::kIoError) return Error(400, "text: " + q.message());
    return FromStatus(q);
  }
  // One entry per period (and group, with `by`): events and mean Goldstein per quad class, and over all of them.
  struct Period { std::string name, group; size_t events[5] = {}; double sum[5] = {}; };
  std::vector<Period> rolled;
  for (const auto& pt : points) {
    if (rolled.empty() || rolled.back().name != pt.period || rolled.back().group != pt.group)
      rolled.push_back({pt.period, pt.group});
    Period& r = rolled.back();
    int q = pt.quad_class >= 1 && pt.quad_class <= 4 ? pt.quad_class : 0;
    for (int k : {0, q}) {
      r.events[k] += pt.events;
      r.sum[k] += pt.mean_goldstein * static_cast<double>(pt.events);
      if (!q) break;  // an event without quad class counts in the total only
    }
  }
  auto mean = [](const Period& r, int k) { return r.events[k] ? Round3(r.sum[k] / static_cast<double>(r.events[k])) : 0.0; };
  json periods = json::array();
  for (const auto& r : rolled) {
    std::string from, to;
    (void)PeriodRange(r.name, &from, &to);  // periods come from the store: always well formed
    json entry = {{"period", r.name}};
    if (!by.empty()) entry[by] = r.group;
    entry.update(json{{"from", from},
                       {"to", to},
                       {"events", r.events[0]},
                       {"mean_goldstein", mean(r, 0)},
                       {"cooperation", r.events[1] + r.events[2]},
                       {"conflict", r.events[3] + r.events[4]},
                       {"quad", {r.events[1], r.events[2], r.events[3], r.events[4]}},
                       {"quad_goldstein", {mean(r, 1), mean(r, 2), mean(r, 3), mean(r, 4)}}});
    periods.push_back(std::move(entry));
  }
  json out = {{"period", period}};
  if (!by.empty()) out["by"] = by;
  out["periods"] = std::move(periods);
  return Json(200, out);
}

ApiResponse Top(const Context& c) {
  Params p;
  size_t limit;
  Status s = p.Parse(c.request, {"by", "limit"}, true);
  if (s.ok()) s = p.Number("limit", 1, 300, 20, &limit);
  if (!s.ok()) return FromStatus(s);
  std::string by = p.Get("by", "country");
  std::vector<CountRow> rows;
  if (Status q = c.store->Top(p.filter, by, limit, &rows); !q.ok()) return FromStatus(q);
  json out = json::array();
  for (const auto& r : rows)
    out.push_back({{"key", r.key}, {"events", r.events}, {"mean_goldstein", Round3(r.mean_goldstein)}});
  return Json(200, {{"by", by}, {"top", out}});
}

ApiResponse Places(const Context& c) {
  Params p;
  size_t limit;
  Status s = p.Parse(c.request, {"limit"}, true);
  if (s.ok()) s = p.Number("limit", 1, 5000, 500, &limit);
  if (!s.ok()) return FromStatus(s);
  std::vector<PlaceRow> rows;
  if (Status q = c.store->Places(p.filter, limit, &rows); !q.ok()) return FromStatus(q);
  json out = json::array();
  for (const auto& r : rows)
    out.push_back({{"name", r.name}, {"country", r.country}, {"lat", r.lat}, {"lon", r.lon}, {"events", r.events}});
  return Json(200, {{"places", out}});
}

ApiResponse GetDocument(const Context& c, const std::string& id_text) {
  int64_t id;
  if (!ParseId(id_text, &id)) return Error(400, "document id: a positive integer, not " + QuoteBytes(id_text));
  Params p;
  if (Status s = p.Parse(c.request, {}, false); !s.ok()) return FromStatus(s);
  StoredDocument d;
  if (Status q = c.store->GetDocument(id, &d); !q.ok()) return FromStatus(q);
  json events = json::array();
  for (const auto& e : d.events)
    events.push_back({{"id", e.row_id},
                      {"first_document", e.first_document},
                      {"evidence", {{"start", e.evidence_start}, {"end", e.evidence_end}}},
                      {"event", ParseOrNull(e.json)}});
  return Json(200, {{"id", d.id},           {"doc_id", d.doc_id},   {"url", d.url},
                    {"title", d.title},     {"published", d.published}, {"lang", d.lang},
                    {"origin", d.origin},   {"ingested_at", d.ingested_at}, {"content", d.content},
                    {"events", events}});
}

ApiResponse Search(const Context& c) {
  Params p;
  size_t limit;
  Status s = p.Parse(c.request, {"q", "limit"}, false);
  if (s.ok()) s = p.Number("limit", 1, 100, 20, &limit);
  std::string q = p.Get("q");
  if (s.ok() && (q.empty() || q.size() > 500)) s = InvalidInput("q: a full-text query of 1-500 bytes is required");
  if (!s.ok()) return FromStatus(s);
  std::vector<SearchHit> hits;
  if (Status r = c.store->Search(q, limit, &hits); !r.ok()) return FromStatus(r);
  json out = json::array();
  for (const auto& h : hits)
    out.push_back({{"id", h.id},       {"doc_id", h.doc_id}, {"title", h.title},   {"url", h.url},
                   {"published", h.published}, {"lang", h.lang}, {"snippet", h.snippet}, {"events", h.events}});
  return Json(200, {{"hits", out}});
}

ApiResponse Overview(const Context& c) {
  if (Status s = Params().Parse(c.request, {}, false); !s.ok()) return FromStatus(s);
  StoreOverview o;
  if (Status s = c.store->Overview(&o); !s.ok()) return FromStatus(s);
  json langs = json::array(), countries = json::array();
  for (const auto& l : o.languages) langs.push_back({{"lang", l.key}, {"events", l.events}});
  for (const auto& k : o.countries) countries.push_back({{"country", k.key}, {"events", k.events}});
  return Json(200, {{"documents", o.documents}, {"events", o.events},       {"first_date", o.first_date},
                    {"last_date", o.last_date}, {"languages", langs}, {"countries", countries}});
}

json RuleJson(const StoredRule& r) {
  return {{"id", r.id}, {"name", r.name}, {"spec", ParseOrNull(r.spec)}, {"created_at", r.created_at}};
}

ApiResponse AddRule(const Context& c) {
  if (Status s = Params().Parse(c.request, {}, false); !s.ok()) return FromStatus(s);
  if (c.request.body.size() > 64 * 1024) return Error(400, "rule: larger than 64 KiB");
  json body = json::parse(c.request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return Error(400, "rule: the body is not a JSON object");
  auto name = body.find("name");
  if (name == body.end() || !name->is_string() || name->get<std::string>().empty() || name->get<std::string>().size() > 200)
    return Error(400, "rule: name: a string of 1-200 bytes is required");
  StoredRule r;
  r.name = name->get<std::string>();
  body.erase("name");
  r.spec = body.dump(-1, ' ', false, json::error_handler_t::replace);
  auto parsed = ParseRule(r.spec);
  if (!parsed.ok()) return FromStatus(parsed.status());
  if (Status s = c.store->AddRule(r.name, r.spec, &r.id); !s.ok()) return FromStatus(s);
  std::vector<StoredRule> rules;  // read back for the store's created_at
  if (Status s = c.store->Rules(&rules); !s.ok()) return FromStatus(s);
  for (const auto& saved : rules)
    if (saved.id == r.id) r = saved;
  return Json(201, RuleJson(r));
}

ApiResponse Rules(const Context& c, const std::string& rest) {
  const std::string& method = c.request.method;
  bool write = method == "POST" || method == "DELETE";
  if (write && !c.options.allow_writes)
    return Error(403, "read-only server: start dyad serve with --allow-writes to change rules");
  if (rest.empty()) {
    if (method == "POST") return AddRule(c);
    if (method != "GET") return Error(405, "rules: GET or POST");
    if (Status s = Params().Parse(c.request, {}, false); !s.ok()) return FromStatus(s);
    std::vector<StoredRule> rules;
    if (Status s = c.store->Rules(&rules); !s.ok()) return FromStatus(s);
    json out = json::array();
    for (const auto& r : rules) out.push_back(RuleJson(r));
    return Json(200, {{"rules", out}});
  }
  bool matches = rest.size() > 8 && rest.ends_with("/matches");
  std::string id_text = matches ? rest.substr(0, rest.size() - 8) : rest;
  int64_t id;
  if (!ParseId(id_text, &id)) return Error(400, "rule id: a positive integer, not " + QuoteBytes(id_text));
  if (!matches) {
    if (method != "DELETE") return Error(405, "rules/{id}: DELETE");
    bool deleted = false;
    if (Status s = c.store->DeleteRule(id, &deleted); !s.ok()) return FromStatus(s);
    if (!deleted) return Error(404, "no rule " + std::to_string(id));
    return Json(200, {{"deleted", id}});
  }
  if (method != "GET") return Error(405, "rules/{id}/matches: GET");
  Params p;
  size_t limit;
  Status s = p.Parse(c.request, {"limit"}, false);
  if (s.ok()) s = p.Number("limit", 1, c.options.max_limit, 100, &limit);
  if (!s.ok()) return FromStatus(s);
  std::vector<StoredRule> rules;
  if (Status q = c.store->Rules(&rules); !q.ok()) return FromStatus(q);
  auto it = std::find_if(rules.begin(), rules.end(), [&](const StoredRule& r) { return r.id == id; });
  if (it == rules.end()) return Error(404, "no rule " + std::to_string(id));
  auto rule = ParseRule(it->spec);
  if (!rule.ok()) return FromStatus(rule.status());
  std::vector<Alert> alerts;
  if (Status q = MatchRule(*c.store, *it, rule.value(), 0, limit, &alerts); !q.ok()) return FromStatus(q);
  json out = json::array();
  for (const auto& a : alerts) out.push_back(ParseOrNull(a.json));
  return Json(200, {{"rule", RuleJson(*it)}, {"matches", out}});
}

}  // namespace

ApiResponse ApiHandler::Handle(const ApiRequest& r) const {
  try {
    const std::string& path = r.path;
    if (path == "/api/openapi.json") return {200, "application/json; charset=utf-8", OpenApiJson()};
    if (!options_.token.empty() && r.token != options_.token)
      return Error(401, "this server needs an API token (header 'Authorization: Bearer TOKEN' or 'X-Dyad-Token')");
    Context c{store_, options_, r};
    bool get = r.method == "GET" || r.method == "HEAD";
    const std::string rules = "/api/rules";
    if (path == rules || path.rfind(rules + "/", 0) == 0)
      return Rules(c, path.size() > rules.size() ? path.substr(rules.size() + 1) : "");
    using Handler = std::function<ApiResponse(const Context&)>;
    static const std::map<std::string, Handler> kGet = {
        {"/api/events", Events}, {"/api/series", Series}, {"/api/top", Top},          {"/api/places", Places},
        {"/api/search", Search}, {"/api/overview", Overview},
    };
    const std::string docs = "/api/documents/";
    auto it = kGet.find(path);
    if (it == kGet.end() && path != "/api/health" && path.rfind(docs, 0) != 0)
      return Error(404, "no endpoint " + QuoteBytes(path, 100) + " (see /api/openapi.json)");
    if (!get) return Error(405, path + ": GET only");
    if (it != kGet.end()) return it->second(c);
    if (path == "/api/health")
      return Json(200, {{"status", "ok"}, {"schema", Store::kSchemaVersion}, {"read_only", !options_.allow_writes}});
    return GetDocument(c, path.substr(docs.size()));
  } catch (const std::exception& e) {  // e.g. out of memory: one failed request, not a dead server
    return Error(500, std::string("internal error: ") + e.what());
  }
}

}  // namespace dyad
