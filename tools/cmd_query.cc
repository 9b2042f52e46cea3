#include <cmath>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "dyad/emit.h"
#include "dyad/gdelt.h"
#include "dyad/lexicon.h"
#include "dyad/store.h"

namespace dyad::cli {

Runner RegisterQuery(CLI::App& app) {
  auto* cmd = app.add_subcommand("query", "Search the stored events");
  struct Args {
    std::string db = "dyad.db";
    EventFilter filter;
    std::string dyad;
    std::string format = "table";
    std::string series, by;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--db", args->db, "SQLite store file or postgresql:// URI")->capture_default_str();
  cmd->add_option("--country", args->filter.country, "events with this country on either side (ISO alpha-3)");
  cmd->add_option("--source", args->filter.source, "source country or actor code");
  cmd->add_option("--target", args->filter.target, "target country or actor code");
  cmd->add_option("--dyad", args->dyad, "A,B: events between A and B in either direction");
  cmd->add_option("--root", args->filter.root, "CAMEO root, e.g. 04");
  cmd->add_option("--code", args->filter.code, "CAMEO code, e.g. 043");
  cmd->add_option("--quad", args->filter.quad_class, "quad class 1-4");
  cmd->add_option("--plover", args->filter.plover_type, "PLOVER type, e.g. CONSULT");
  cmd->add_option("--lang", args->filter.lang, "language of the article");
  cmd->add_option("--from", args->filter.from, "first date (YYYY-MM-DD)");
  cmd->add_option("--to", args->filter.to, "last date (YYYY-MM-DD)");
  cmd->add_option("--in", args->filter.location_country, "events located in this country");
  cmd->add_option("--place", args->filter.place, "events located at this place, e.g. Rabat (any case)");
  cmd->add_option("--sector", args->filter.sector, "an actor of this sector on either side, e.g. MIL");
  cmd->add_option("--actor", args->filter.actor, "this actor on either side: a code (MARGOV) or a person's name");
  cmd->add_option("--series", args->series, "day, week or month: counts per period and quad class, mean Goldstein");
  cmd->add_option("--by", args->by, "with --series: per directed country dyad (dyad), or source or target country");
  cmd->add_option("--text", args->filter.text, "full-text query over the documents (SQLite: FTS5 syntax; PostgreSQL: websearch_to_tsquery)");
  cmd->add_option("--limit", args->filter.limit, "at most this many events")->capture_default_str();
  cmd->add_option("--format,-f", args->format, "table, jsonl, csv, tsv, or gdelt (GDELT 2.0 event export, 61 columns)")
      ->capture_default_str();
  return [args]() {
    if (!args->dyad.empty()) {
      size_t comma = args->dyad.find(',');
      if (comma == std::string::npos) { std::cerr << "dyad query: --dyad wants A,B\n"; return 2; }
      args->filter.source = args->dyad.substr(0, comma);
      args->filter.target = args->dyad.substr(comma + 1);
      args->filter.either_direction = true;
    }
    const std::string& format = args->format;
    if (format != "table" && format != "jsonl" && format != "csv" && format != "tsv" && format != "gdelt") {
      std::cerr << "dyad query: unknown format '" << format << "' (table, jsonl, csv, tsv, gdelt)\n";
      return 2;
    }
    if (format == "gdelt" && !args->series.empty()) {
      std::cerr << "dyad query: a series is printed as table, jsonl, csv or tsv, not gdelt\n";
      return 2;
    }
    const OutputFormat delimited = format == "csv" ? OutputFormat::kCsv : OutputFormat::kTsv;
    auto store = Store::Open(args->db);
    if (!store.ok()) { std::cerr << "dyad query: " << store.status().ToString() << "\n"; return 2; }
    if (!args->by.empty() && args->series.empty()) {
      std::cerr << "dyad query: --by groups a series: give --series day, week or month\n";
      return 2;
    }
    if (!args->series.empty()) {
      std::vector<SeriesPoint> points;
      Status s = store.value()->TimeSeries(args->filter, args->series, &points, args->by);
      if (!s.ok()) { std::cerr << "dyad query: " << s.ToString() << "\n"; return 2; }
      const bool grouped = !args->by.empty();
      if (format == "csv" || format == "tsv") {
        std::vector<std::string> header = {"period", "quad_class", "events", "mean_goldstein"};
        if (grouped) header.insert(header.begin() + 1, args->by);
        std::fputs(DelimitedRow(header, delimited).c_str(), stdout);
        for (const auto& p : points) {
          char mean[32];
          std::snprintf(mean, sizeof mean, "%.3f", p.mean_goldstein);
          std::vector<std::string> cells = {p.period, std::to_string(p.quad_class), std::to_string(p.events), mean};
          if (grouped) cells.insert(cells.begin() + 1, p.group);
          std::fputs(DelimitedRow(cells, delimited).c_str(), stdout);
        }
        return 0;
      }
      if (format == "jsonl") {
        for (const auto& p : points) {
          nlohmann::ordered_json j{{"period", p.period}};
          if (grouped) j[args->by] = p.group;
          j["quad_class"] = p.quad_class;
          j["events"] = p.events;
          j["mean_goldstein"] = std::round(p.mean_goldstein * 1000) / 1000;
          std::printf("%s\n", j.dump().c_str());
        }
        return 0;
      }
      std::printf("%-10s  %s%4s  %7s  %9s\n", "period", grouped ? "group    " : "", "quad", "events", "goldstein");
      for (const auto& p : points)
        std::printf("%-10s  %s%4d  %7zu  %9.2f\n", p.period.c_str(), grouped ? (p.group + std::string(
                    p.group.size() < 9 ? 9 - p.group.size() : 1, ' ')).c_str() : "", p.quad_class, p.events,
                    p.mean_goldstein);
      return 0;
    }
    std::vector<StoredEvent> rows;
    Status s = store.value()->Query(args->filter, &rows);
    if (!s.ok()) { std::cerr << "dyad query: " << s.ToString() << "\n"; return 2; }
    if (format == "gdelt") {
      auto lex = Lexicon::Load(DefaultLexiconPath());
      if (!lex.ok()) { std::cerr << "dyad query: " << lex.status().ToString() << "\n"; return 2; }
      for (const auto& r : rows) std::printf("%s\n", GdeltEventRow(r, *lex.value()).c_str());
      return 0;
    }
    if (format == "jsonl") {
      for (const auto& r : rows) std::printf("%s\n", r.json.c_str());
      return 0;
    }
    if (format == "csv" || format == "tsv") {
      std::fputs(DelimitedRow({"id", "date", "source", "target", "cameo", "goldstein", "num_mentions", "num_sources",
                               "num_articles", "location", "doc_id", "url", "evidence"},
                              delimited)
                     .c_str(),
                 stdout);
      for (const auto& r : rows) {
        char goldstein[16];
        std::snprintf(goldstein, sizeof goldstein, "%.1f", r.goldstein);
        std::fputs(DelimitedRow({std::to_string(r.row_id), r.date, r.source, r.target, r.cameo, goldstein,
                                 std::to_string(r.num_mentions), std::to_string(r.num_sources),
                                 std::to_string(r.num_articles), r.location, r.doc_id, r.url, r.evidence},
                                delimited)
                       .c_str(),
                   stdout);
      }
      return 0;
    }
    std::printf("%-10s  %-10s  %-10s  %-5s  %6s  %-14s  %s\n", "date", "source", "target", "cameo", "gold", "location",
                "evidence");
    for (const auto& r : rows) {
      std::string ev = r.evidence.size() > 70 ? r.evidence.substr(0, 67) + "..." : r.evidence;
      std::printf("%-10s  %-10s  %-10s  %-5s  %6.1f  %-14s  %s\n", r.date.c_str(), r.source.c_str(), r.target.c_str(),
                  r.cameo.c_str(), r.goldstein, r.location.c_str(), ev.c_str());
    }
    std::printf("%zu events\n", rows.size());
    return 0;
  };
}

}  // namespace dyad::cli
