// The PostgreSQL store answers the HTTP API as the SQLite store does: the same
// corpus (dev gold snippets, with copies that join stories and exact
// duplicates) is ingested into both, and each view's JSON is compared. Skipped
// without DYAD_TEST_PG (scripts/pg-start sets it).
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dyad/lexicon.h"
#include "dyad/serve.h"
#include "dyad/store.h"

namespace dyad {
namespace {

using nlohmann::json;

class StoreViewsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* uri = std::getenv("DYAD_TEST_PG");
    if (!uri || !*uri) GTEST_SKIP() << "DYAD_TEST_PG is not set: SQLite/PostgreSQL view comparison skipped";
    admin_ = PQconnectdb(uri);
    ASSERT_EQ(PQstatus(admin_), CONNECTION_OK) << PQerrorMessage(admin_);
    schema_ = "dyad_views_" + std::to_string(::getpid());
    Admin("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    std::string u = uri;
    pg_uri_ = u + (u.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
    sqlite_path_ = (std::filesystem::temp_directory_path() / ("dyad_views_" + std::to_string(::getpid()) + ".db")).string();
    RemoveSqlite();
    auto lite = Store::Open(sqlite_path_);
    ASSERT_TRUE(lite.ok()) << lite.status().ToString();
    lite_ = std::move(lite.value());
    auto pg = Store::Open(pg_uri_);
    ASSERT_TRUE(pg.ok()) << pg.status().ToString();
    pg_ = std::move(pg.value());
    Ingest();
  }
  void TearDown() override {
    lite_.reset();
    pg_.reset();
    RemoveSqlite();
    if (admin_) {
      Admin("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
      PQfinish(admin_);
    }
  }
  void Admin(const std::string& sql) {
    PGresult* r = PQexec(admin_, ("SET client_min_messages = warning; " + sql).c_str());
    EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << sql << ": " << PQerrorMessage(admin_);
    PQclear(r);
  }
  void RemoveSqlite() {
    if (sqlite_path_.empty()) return;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(sqlite_path_ + suffix);
  }
  // Snippets of three dev gold sets; every third again later from another
  // site with a dateline (the same story), every fifth again as it was.
  void Ingest() {
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok());
    Coder coder(lex.value());
    auto scratch = coder.NewScratch();
    std::vector<Document> docs;
    for (const char* lang : {"en", "fr", "es"}) {
      std::ifstream in(std::string(DYAD_SOURCE_DIR "/tests/gold/") + lang + ".jsonl");
      std::string line;
      for (int n = 0; n < 60 && std::getline(in, line); ++n) {
        json j = json::parse(line);
        Document d;
        d.id = j["id"].get<std::string>();
        d.lang = lang;
        d.published = j.value("published", "");
        d.content = j["text"].get<std::string>();
        d.url = "https://site" + std::to_string(n % 7) + ".example/" + d.id;
        docs.push_back(d);
        if (n % 3 == 0) {
          Document copy = d;
          copy.id += "-copy";
          copy.url = "https://other.example/" + d.id;
          copy.content = "MADRID (Agencies) - " + d.content + " More later.";
          docs.push_back(copy);
        }
        if (n % 5 == 0) docs.push_back(docs[docs.size() / 2]);
      }
    }
    std::vector<PreparedDocument> batch;
    auto flush = [&]() {
      for (Store* store : {lite_.get(), pg_.get()}) {
        std::vector<PreparedDocument> copy = batch;
        AddReport r;
        ASSERT_TRUE(store->Add(copy, &r).ok());
      }
      batch.clear();
    };
    for (const Document& d : docs) {
      PreparedDocument p;
      p.doc = d;
      ASSERT_TRUE(coder.Code(d, *scratch, &p.coded).ok());
      batch.push_back(std::move(p));
      if (batch.size() == 40) flush();  // several batches: stories and duplicates across them
    }
    flush();
  }
  static ApiResponse Ask(Store* store, const std::string& method, const std::string& path,
                         std::multimap<std::string, std::string> params = {}, const std::string& body = "") {
    ApiOptions options;
    options.allow_writes = true;
    return ApiHandler(store, options).Handle({method, path, std::move(params), body, ""});
  }
  std::string schema_, pg_uri_, sqlite_path_;
  PGconn* admin_ = nullptr;
  std::unique_ptr<Store> lite_, pg_;
};

TEST_F(StoreViewsTest, EveryViewAnswersTheSameJsonOnBothBackends) {
  using P = std::multimap<std::string, std::string>;
  const std::vector<std::pair<std::string, P>> requests = {
      {"/api/overview", {}},
      {"/api/events", {{"limit", "1000"}}},
      {"/api/events", {{"limit", "7"}, {"offset", "14"}}},
      {"/api/events", {{"country", "FRA"}}},
      {"/api/events", {{"dyad", "USA,RUS"}}},
      {"/api/events", {{"source", "DEU"}}},
      {"/api/events", {{"root", "19"}}},
      {"/api/events", {{"quad", "4"}, {"lang", "fr"}}},
      {"/api/events", {{"from", "2024-03-01"}, {"to", "2024-06-30"}}},
      {"/api/events", {{"text", "police"}}},
      {"/api/series", {{"period", "month"}}},
      {"/api/series", {{"period", "week"}, {"country", "USA"}}},
      {"/api/series", {{"period", "day"}, {"root", "04"}}},
      {"/api/top", {{"by", "actor"}}},
      {"/api/top", {{"by", "country"}, {"quad", "1"}}},
      {"/api/top", {{"by", "location"}}},
      {"/api/places", {}},
      {"/api/places", {{"country", "FRA"}}},
  };
  for (const auto& [path, params] : requests) {
    ApiResponse a = Ask(lite_.get(), "GET", path, params), b = Ask(pg_.get(), "GET", path, params);
    std::string what = path + " " + json(params).dump();
    ASSERT_EQ(a.status, 200) << what << ": " << a.body;
    EXPECT_EQ(b.status, 200) << what << ": " << b.body;
    EXPECT_EQ(a.body, b.body) << what;
  }
  // Not vacuous: the corpus has events, stories with several articles, located events.
  json all = json::parse(Ask(lite_.get(), "GET", "/api/events", {{"limit", "1000"}}).body);
  ASSERT_GT(all["events"].size(), 50u);
  size_t reported_twice = 0;
  for (const auto& e : all["events"]) reported_twice += e["num_articles"].get<int>() > 1;
  EXPECT_GT(reported_twice, 0u);
  EXPECT_FALSE(json::parse(Ask(lite_.get(), "GET", "/api/places").body)["places"].empty());

  // Documents with their events' spans in them.
  json overview = json::parse(Ask(lite_.get(), "GET", "/api/overview").body);
  for (int id = 1; id <= overview["documents"].get<int>(); ++id) {
    std::string path = "/api/documents/" + std::to_string(id);
    ApiResponse a = Ask(lite_.get(), "GET", path), b = Ask(pg_.get(), "GET", path);
    ASSERT_EQ(a.status, 200) << path;
    json ja = json::parse(a.body), jb = json::parse(b.body);
    ja.erase("ingested_at");
    jb.erase("ingested_at");
    EXPECT_EQ(ja, jb) << path;
  }
  EXPECT_EQ(Ask(pg_.get(), "GET", "/api/documents/100000").status, 404);
}

TEST_F(StoreViewsTest, SearchFindsTheSameDocuments) {
  // Snippets (FTS5 snippet vs ts_headline) and rank order differ by design,
  // and PostgreSQL keeps diacritics ("president" does not find "président",
  // docs/store.md); for words without them the documents found and their
  // event counts are the same.
  for (const char* q : {"police", "minister", "gobierno", "ministre"}) {
    std::multimap<std::string, std::string> params = {{"q", q}, {"limit", "100"}};
    json a = json::parse(Ask(lite_.get(), "GET", "/api/search", params).body);
    json b = json::parse(Ask(pg_.get(), "GET", "/api/search", params).body);
    auto hits = [](const json& j) {
      std::map<int64_t, size_t> out;
      for (const auto& h : j["hits"]) out[h["id"].get<int64_t>()] = h["events"].get<size_t>();
      return out;
    };
    EXPECT_EQ(hits(a), hits(b)) << q;
    EXPECT_FALSE(hits(a).empty()) << q;
    for (const auto& h : b["hits"])
      EXPECT_NE(h["snippet"].get<std::string>().find('\x02'), std::string::npos) << q << ": " << h["snippet"];
  }
}

TEST_F(StoreViewsTest, RulesAndTheirMatchesAreTheSame) {
  const std::vector<std::string> rules = {
      R"({"name": "violence", "kind": "events", "roots": ["18", "19", "20"]})",
      R"({"name": "France", "kind": "events", "countries": ["FRA"], "lang": "fr"})",
      R"({"name": "USA-RUS", "kind": "goldstein", "dyad": "USA,RUS", "period": "month", "below": 5})",
  };
  for (const std::string& rule : rules) {
    ApiResponse a = Ask(lite_.get(), "POST", "/api/rules", {}, rule), b = Ask(pg_.get(), "POST", "/api/rules", {}, rule);
    ASSERT_EQ(a.status, 201) << a.body;
    ASSERT_EQ(b.status, 201) << b.body;
    json ja = json::parse(a.body), jb = json::parse(b.body);
    EXPECT_EQ(jb["created_at"].get<std::string>().size(), 20u) << jb;  // 2026-11-29T12:00:00Z
    ja.erase("created_at");
    jb.erase("created_at");
    EXPECT_EQ(ja, jb);
    std::string path = "/api/rules/" + ja["id"].dump() + "/matches";
    ApiResponse ma = Ask(lite_.get(), "GET", path), mb = Ask(pg_.get(), "GET", path);
    ASSERT_EQ(ma.status, 200) << ma.body;
    EXPECT_EQ(ma.body, mb.body) << rule;
    EXPECT_FALSE(json::parse(ma.body)["matches"].empty()) << rule;
  }
  EXPECT_EQ(Ask(pg_.get(), "DELETE", "/api/rules/2").status, 200);
  EXPECT_EQ(Ask(pg_.get(), "DELETE", "/api/rules/2").status, 404);
  std::vector<StoredRule> left;
  ASSERT_TRUE(pg_->Rules(&left).ok());
  ASSERT_EQ(left.size(), 2u);
  EXPECT_EQ(left[1].name, "USA-RUS");
  // A read-only connection refuses writes.
  ASSERT_TRUE(pg_->SetReadOnly(true).ok());
  int64_t id = 0;
  EXPECT_FALSE(pg_->AddRule("x", "{}", &id).ok());
  ASSERT_TRUE(pg_->SetReadOnly(false).ok());
  EXPECT_TRUE(pg_->AddRule("x", R"({"kind": "events"})", &id).ok());
  int64_t max_id = 0;
  ASSERT_TRUE(pg_->MaxEventId(&max_id).ok());
  EXPECT_GT(max_id, 50);
}

}  // namespace
}  // namespace dyad
