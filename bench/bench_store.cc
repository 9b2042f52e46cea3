// Store benchmark: a dyad time series over N synthetic events (default 10
// million) in the SQLite store, and the store's size per event.
//
//   build/bench/dyad_bench_store [--events 10000000] [--db /tmp/dyad_bench_store.db]
//
// The events are generated once (kept in --db for later runs): 60 countries
// with Zipf-like frequencies, 2015-2024, codes drawn from CAMEO roots. Each
// query is timed 21 times through dyad::Store::TimeSeries; the median is quoted.
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

const char* kCountries[] = {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "UKR", "ISR", "IRN", "TUR", "MAR", "DZA",
                            "ESP", "ITA", "EGY", "SAU", "IND", "PAK", "JPN", "KOR", "PRK", "SYR", "IRQ", "AFG",
                            "LBY", "TUN", "MLI", "NER", "BFA", "TCD", "NGA", "SEN", "BEL", "NLD", "POL", "HUN",
                            "GRC", "QAT", "ARE", "JOR", "LBN", "PSE", "SDN", "ETH", "KEN", "SOM", "ZAF", "BRA",
                            "ARG", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MRT", "CIV", "CMR", "COD"};
const char* kCodes[] = {"010", "020", "036", "040", "042", "043", "051", "057", "061", "071", "0841", "100",
                        "111", "112", "120", "130", "141", "161", "163", "173", "174", "180", "190", "193"};

double Ms(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  long target = 10000000;
  std::string path = "/tmp/dyad_bench_store.db";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--events") target = std::stol(argv[i + 1]);
    else if (a == "--db") path = argv[i + 1];
  }
  {
    auto store = dyad::Store::Open(path);  // creates the schema
    if (!store.ok()) { std::fprintf(stderr, "%s\n", store.status().ToString().c_str()); return 1; }
  }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM events", -1, &st, nullptr);
  sqlite3_step(st);
  long have = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  if (have < target) {
    auto t0 = std::chrono::steady_clock::now();
    sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN; INSERT OR IGNORE INTO documents(id, doc_id, content_hash, content) "
                     "VALUES (1, 'bench', 'bench', '');", nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO events(document, event_id, date, source_code, source_country, target_code, "
                       "target_country, cameo, root, quad_class, goldstein, json, story, num_mentions, num_articles, "
                       "num_sources) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', 1, 1, 1, 1)",
                       -1, &st, nullptr);
    std::mt19937_64 rng(7);
    std::vector<double> weights;
    for (size_t i = 0; i < std::size(kCountries); ++i) weights.push_back(1.0 / std::pow(i + 1.0, 0.8));
    std::discrete_distribution<size_t> country(weights.begin(), weights.end());
    for (long n = have; n < target; ++n) {
      size_t a = country(rng), b = country(rng);
      if (a == b) b = (b + 1) % std::size(kCountries);
      std::string code = kCodes[rng() % std::size(kCodes)];
      int root = std::stoi(code.substr(0, 2));
      int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2015 + static_cast<int>(rng() % 10),
                    1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
      char id[32];
      std::snprintf(id, sizeof id, "b%ld", n);
      std::string src = std::string(kCountries[a]) + "GOV", tgt = std::string(kCountries[b]) + "GOV";
      sqlite3_reset(st);
      sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 2, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 3, src.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 4, kCountries[a], -1, SQLITE_STATIC);
      sqlite3_bind_text(st, 5, tgt.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 6, kCountries[b], -1, SQLITE_STATIC);
      sqlite3_bind_text(st, 7, code.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 8, code.substr(0, 2).c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int(st, 9, quad);
      sqlite3_bind_double(st, 10, (root <= 8 ? 1 : -1) * (1.0 + static_cast<double>(rng() % 80) / 10));
      sqlite3_step(st);
      if ((n + 1) % 500000 == 0) {
        sqlite3_exec(db, "COMMIT; BEGIN;", nullptr, nullptr, nullptr);
        std::fprintf(stderr, "generated %ld events\n", n + 1);
      }
    }
    sqlite3_finalize(st);
    // The rows went in by SQL, not Store::Add: derive the daily counts the same way the migration does.
    sqlite3_exec(db,
                 "COMMIT; DELETE FROM daily; INSERT INTO daily SELECT coalesce(source_country, ''), "
                 "coalesce(target_country, ''), date, quad_class, count(*), sum(goldstein) FROM events WHERE date "
                 "IS NOT NULL GROUP BY 1, 2, 3, 4; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;",
                 nullptr, nullptr, nullptr);
    std::printf("generated %ld events in %.1f s\n", target - have, Ms(std::chrono::steady_clock::now() - t0) / 1000);
  }
  sqlite3_close(db);

  auto store = dyad::Store::Open(path);
  if (!store.ok()) return 1;
  struct Case { const char* name; dyad::EventFilter f; const char* period; };
  std::vector<Case> cases(3);
  cases[0] = {"MAR-FRA either direction, per month", {}, "month"};
  cases[0].f.source = "MAR";
  cases[0].f.target = "FRA";
  cases[0].f.either_direction = true;
  cases[1] = {"USA-RUS either direction, per week", {}, "week"};
  cases[1].f.source = "USA";
  cases[1].f.target = "RUS";
  cases[1].f.either_direction = true;
  cases[2] = {"MLI (either side), 2023, per day", {}, "day"};
  cases[2].f.country = "MLI";
  cases[2].f.from = "2023-01-01";
  cases[2].f.to = "2023-12-31";
  for (auto& c : cases) {
    std::vector<double> ms;
    size_t rows = 0, events = 0;
    for (int r = 0; r < 21; ++r) {
      std::vector<dyad::SeriesPoint> pts;
      auto t0 = std::chrono::steady_clock::now();
      dyad::Status s = store.value()->TimeSeries(c.f, c.period, &pts);
      ms.push_back(Ms(std::chrono::steady_clock::now() - t0));
      if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
      rows = pts.size();
      events = 0;
      for (const auto& p : pts) events += p.events;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-40s %6zu points over %7zu events: median %.1f ms (min %.1f, max %.1f)\n", c.name, rows, events,
                ms[10], ms[0], ms[20]);
  }
  size_t docs = 0, events = 0;
  (void)store.value()->Count(&docs, &events);
  struct stat sb{};
  stat(path.c_str(), &sb);
  std::printf("store: %zu events, %.2f GB, %.0f bytes per event (synthetic events carry no JSON record)\n", events,
              static_cast<double>(sb.st_size) / 1e9, static_cast<double>(sb.st_size) / static_cast<double>(events));
  return 0;
}
