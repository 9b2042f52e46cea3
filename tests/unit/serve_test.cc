// The HTTP API's handlers without sockets, watch rules and period names, over
// a store of hand-made events (independent of the lexicons).
#include "dyad/serve.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "dyad/watch.h"

namespace dyad {
namespace {

using nlohmann::json;

Event MakeEvent(const std::string& id, const std::string& date, const std::string& src, const std::string& tgt,
                const std::string& cameo, double goldstein, const std::string& place_country, uint32_t start) {
  Event e;
  e.doc_id = "d";
  e.event_id = id;
  e.date = date;
  e.source.code = src;
  e.source.country = src.substr(0, 3);
  e.source.name = src == "MARGOV" ? "Abdelouafi Laftit" : "";
  e.source.span = {start, start + 3};
  Actor t;
  t.code = tgt;
  t.country = tgt.substr(0, 3);
  t.name = tgt == "MARGOV" ? "Abdelouafi Laftit" : "";
  t.span = {start + 8, start + 11};
  e.target = t;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  int root = std::stoi(e.root);
  e.quad_class = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  e.goldstein = goldstein;
  e.lang = "en";
  Location l;
  l.name = l.canonical = place_country == "MAR" ? "Rabat" : "Bamako";
  l.country = place_country;
  l.lat = 10;
  l.lon = -5;
  e.location = l;
  e.evidence = {start, start + 11};
  e.evidence_text = "abc def ghi";
  return e;
}

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() / ("dyad_serve_" + std::to_string(::getpid()) + ".db")).string();
    Cleanup();
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store.value());
    Document a;
    a.id = "a";
    a.content = "MAR met FRA. FRA praised MAR in Rabat.";
    a.url = "https://example.org/a";
    CodedDocument ca;
    ca.doc_id = "a";
    ca.lang = "en";
    ca.events = {MakeEvent("e1", "2024-04-22", "MARGOV", "FRAGOV", "040", 1.0, "MAR", 0),
                 MakeEvent("e2", "2024-04-23", "FRAGOV", "MARGOV", "051", 3.4, "MAR", 13)};
    Document b;
    b.id = "b";
    b.content = "MLI troops attacked NER rebels near Bamako.";
    b.url = "https://example.org/b";
    CodedDocument cb;
    cb.doc_id = "b";
    cb.lang = "fr";
    cb.events = {MakeEvent("e3", "2024-05-02", "MLIMIL", "NERREB", "190", -10, "MLI", 0)};
    AddReport r;
    ASSERT_TRUE(store_->Add({{a, ca}, {b, cb}}, &r).ok());
    ASSERT_EQ(r.events, 3u);
  }
  void TearDown() override {
    store_.reset();
    Cleanup();
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  ApiResponse Get(const std::string& path, std::multimap<std::string, std::string> params = {},
                  ApiOptions options = {}) {
    return ApiHandler(store_.get(), options).Handle({"GET", path, std::move(params), "", ""});
  }
  static json Body(const ApiResponse& r) { return json::parse(r.body); }
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(ServeTest, BadParametersAre400WithAMessage) {
  const std::vector<std::pair<std::string, std::multimap<std::string, std::string>>> cases = {
      {"/api/events", {{"root", "00"}}},       {"/api/events", {{"root", "4"}}},
      {"/api/events", {{"code", "04a"}}},      {"/api/events", {{"quad", "0"}}},
      {"/api/events", {{"from", "2024-02-30"}}}, {"/api/events", {{"to", "yesterday"}}},
      {"/api/events", {{"dyad", "MAR,"}}},     {"/api/events", {{"source", "M A R"}}},
      {"/api/events", {{"in", "MARO"}}},       {"/api/events", {{"lang", "EN"}}},
      {"/api/events", {{"limit", "abc"}}},     {"/api/events", {{"limit", "5000"}}},
      {"/api/events", {{"offset", "2000000"}}}, {"/api/events", {{"plover", "consult"}}},
      {"/api/events", {{"text", ""}}},         {"/api/events", {{"unknown", "1"}}},
      {"/api/events", {{"root", "04"}, {"root", "05"}}}, {"/api/series", {{"period", "hour"}}},
      {"/api/top", {{"by", "x"}}},             {"/api/places", {{"limit", "0"}}},
      {"/api/search", {}},                     {"/api/search", {{"q", "\"unclosed"}}},
      {"/api/overview", {{"lang", "en"}}},     {"/api/documents/x1", {}},
      {"/api/rules/abc/matches", {}},
  };
  for (const auto& [path, params] : cases) {
    ApiResponse r = Get(path, params);
    EXPECT_EQ(r.status, 400) << path << " " << r.body;
    EXPECT_FALSE(Body(r)["error"].get<std::string>().empty()) << path;
  }
}

TEST_F(ServeTest, EventsFilterAndPage) {
  json all = Body(Get("/api/events", {{"dyad", "FRA,MAR"}}));
  ASSERT_EQ(all["events"].size(), 2u);
  EXPECT_EQ(all["events"][0]["event"]["event_id"], "e1");  // by date
  EXPECT_TRUE(all["next_offset"].is_null());
  json page = Body(Get("/api/events", {{"dyad", "FRA,MAR"}, {"limit", "1"}}));
  ASSERT_EQ(page["events"].size(), 1u);
  EXPECT_EQ(page["next_offset"], 1);
  json second = Body(Get("/api/events", {{"dyad", "FRA,MAR"}, {"limit", "1"}, {"offset", "1"}}));
  EXPECT_EQ(second["events"][0]["event"]["event_id"], "e2");
  EXPECT_TRUE(second["next_offset"].is_null());
  EXPECT_EQ(Body(Get("/api/events", {{"in", "MLI"}}))["events"].size(), 1u);
  EXPECT_EQ(Body(Get("/api/events", {{"lang", "fr"}}))["events"].size(), 0u);  // events carry lang "en"
  EXPECT_EQ(Body(Get("/api/events", {{"quad", "4"}}))["events"][0]["event"]["event_id"], "e3");
  EXPECT_EQ(Body(Get("/api/events", {{"text", "Bamako"}}))["events"].size(), 1u);
  EXPECT_EQ(Body(Get("/api/events", {{"place", "bamako"}}))["events"].size(), 1u);
  json laftit = Body(Get("/api/events", {{"actor", "abdelouafi laftit"}}));
  EXPECT_FALSE(laftit["events"].empty());
  EXPECT_EQ(laftit["events"].size(), Body(Get("/api/events", {{"actor", "MARGOV"}}))["events"].size());
  EXPECT_EQ(Get("/api/events", {{"sector", "military"}}).status, 400);
  // A value that would break out of a quoted SQL string is only a bad value.
  EXPECT_EQ(Get("/api/events", {{"source", "MAR' OR '1'='1"}}).status, 400);
}

TEST_F(ServeTest, SeriesRollsUpPeriods) {
  json s = Body(Get("/api/series", {{"dyad", "MAR,FRA"}, {"period", "week"}}));
  ASSERT_EQ(s["periods"].size(), 1u);
  EXPECT_EQ(s["periods"][0]["period"], "2024-W17");
  EXPECT_EQ(s["periods"][0]["from"], "2024-04-22");
  EXPECT_EQ(s["periods"][0]["to"], "2024-04-28");
  EXPECT_EQ(s["periods"][0]["events"], 2);
  EXPECT_EQ(s["periods"][0]["cooperation"], 2);
  EXPECT_DOUBLE_EQ(s["periods"][0]["mean_goldstein"].get<double>(), 2.2);
  json m = Body(Get("/api/series", {{"period", "month"}}));
  ASSERT_EQ(m["periods"].size(), 2u);
  EXPECT_EQ(m["periods"][1]["conflict"], 1);
  // Per directed dyad: an entry per period and dyad, the same events in all.
  json d = Body(Get("/api/series", {{"period", "month"}, {"by", "dyad"}}));
  EXPECT_EQ(d["by"], "dyad");
  ASSERT_GE(d["periods"].size(), m["periods"].size());
  int total = 0, grouped = 0;
  for (const auto& e : m["periods"]) total += e["events"].get<int>();
  for (const auto& e : d["periods"]) {
    EXPECT_TRUE(e["dyad"].is_string());
    grouped += e["events"].get<int>();
  }
  EXPECT_EQ(grouped, total);
  EXPECT_EQ(Get("/api/series", {{"by", "continent"}}).status, 400);
}

TEST_F(ServeTest, TopPlacesDocumentSearchOverview) {
  json top = Body(Get("/api/top", {{"by", "country"}}));
  EXPECT_EQ(top["top"][0]["key"], "FRA");  // FRA and MAR tie at 2; ties by key
  EXPECT_EQ(top["top"][0]["events"], 2);
  EXPECT_EQ(Body(Get("/api/top", {{"by", "location"}}))["top"][0]["key"], "MAR");
  json places = Body(Get("/api/places"));
  EXPECT_EQ(places["places"][0]["name"], "Rabat");
  EXPECT_EQ(places["places"][0]["events"], 2);
  json doc = Body(Get("/api/documents/1"));
  EXPECT_EQ(doc["doc_id"], "a");
  ASSERT_EQ(doc["events"].size(), 2u);
  EXPECT_EQ(doc["events"][1]["evidence"]["start"], 13);
  EXPECT_TRUE(doc["events"][1]["first_document"]);
  EXPECT_EQ(Get("/api/documents/9").status, 404);
  json hits = Body(Get("/api/search", {{"q", "troops"}}));
  ASSERT_EQ(hits["hits"].size(), 1u);
  EXPECT_EQ(hits["hits"][0]["doc_id"], "b");
  EXPECT_NE(hits["hits"][0]["snippet"].get<std::string>().find("\x02troops\x03"), std::string::npos);
  json o = Body(Get("/api/overview"));
  EXPECT_EQ(o["events"], 3);
  EXPECT_EQ(o["first_date"], "2024-04-22");
  EXPECT_EQ(o["last_date"], "2024-05-02");
}

TEST_F(ServeTest, WritesNeedAllowWritesAndTokensAreChecked) {
  ApiRequest post{"POST", "/api/rules", {}, R"({"name":"sahel","kind":"events","roots":["18","19","20"],"located_in":["MLI","NER","BFA"]})", ""};
  EXPECT_EQ(ApiHandler(store_.get(), {}).Handle(post).status, 403);
  ApiHandler writer(store_.get(), {true, ""});
  ApiResponse saved = writer.Handle(post);
  ASSERT_EQ(saved.status, 201) << saved.body;
  int64_t id = Body(saved)["id"];
  json matches = Body(Get("/api/rules/" + std::to_string(id) + "/matches"));
  ASSERT_EQ(matches["matches"].size(), 1u);
  EXPECT_EQ(matches["matches"][0]["event"]["event_id"], "e3");
  EXPECT_EQ(Get("/api/rules/" + std::to_string(id) + "/matches", {}, {false, "t"}).status, 401);
  EXPECT_EQ(ApiHandler(store_.get(), {false, "t"}).Handle({"GET", "/api/health", {}, "", "t"}).status, 200);
  EXPECT_EQ(Get("/api/openapi.json", {}, {false, "t"}).status, 200);
  EXPECT_EQ(writer.Handle({"DELETE", "/api/rules/" + std::to_string(id), {}, "", ""}).status, 200);
  EXPECT_EQ(writer.Handle({"DELETE", "/api/rules/" + std::to_string(id), {}, "", ""}).status, 404);
  EXPECT_EQ(writer.Handle({"PUT", "/api/events", {}, "", ""}).status, 405);
}

TEST_F(ServeTest, ReadOnlyStoreRefusesWrites) {
  ASSERT_TRUE(store_->SetReadOnly(true).ok());
  int64_t id = 0;
  EXPECT_FALSE(store_->AddRule("x", R"({"kind":"events","dyad":"MAR,FRA"})", &id).ok());
  ASSERT_TRUE(store_->SetReadOnly(false).ok());
  EXPECT_TRUE(store_->AddRule("x", R"({"kind":"events","dyad":"MAR,FRA"})", &id).ok());
}

TEST_F(ServeTest, OpenApiIsJsonAndNamesEveryEndpoint) {
  json spec = json::parse(OpenApiJson());
  for (const char* path : {"/api/health", "/api/overview", "/api/events", "/api/series", "/api/top", "/api/places",
                           "/api/documents/{id}", "/api/search", "/api/rules", "/api/rules/{id}", "/api/rules/{id}/matches"})
    EXPECT_TRUE(spec["paths"].contains(path)) << path;
}

TEST_F(ServeTest, RulesMatchEventsPersonsAndGoldsteinWeeks) {
  StoredRule stored{7, "r", "", ""};
  auto match = [&](const std::string& spec, int64_t after = 0) {
    auto rule = ParseRule(spec);
    EXPECT_TRUE(rule.ok()) << spec << " " << rule.status().ToString();
    std::vector<Alert> alerts;
    EXPECT_TRUE(MatchRule(*store_, stored, rule.value(), after, 100, &alerts).ok());
    std::vector<json> out;
    for (auto& a : alerts) out.push_back(json::parse(a.json));
    return out;
  };
  EXPECT_EQ(match(R"({"kind":"events","roots":["18","19","20"],"located_in":["MLI","NER","BFA"]})").size(), 1u);
  EXPECT_EQ(match(R"({"kind":"events","roots":["18","19","20"],"located_in":["MAR"]})").size(), 0u);
  EXPECT_EQ(match(R"({"kind":"events","actor_names":["abdelouafi laftit"]})").size(), 2u);
  EXPECT_EQ(match(R"({"kind":"events","countries":["NER"]})").size(), 1u);
  auto weeks = match(R"({"kind":"goldstein","dyad":"MAR,FRA","period":"week","below":3})");
  ASSERT_EQ(weeks.size(), 1u);
  EXPECT_EQ(weeks[0]["period"], "2024-W17");
  EXPECT_DOUBLE_EQ(weeks[0]["mean_goldstein"].get<double>(), 2.2);
  EXPECT_EQ(match(R"({"kind":"goldstein","dyad":"MAR,FRA","period":"week","below":2})").size(), 0u);
  // after_id: only what later events bring.
  int64_t max_id = 0;
  ASSERT_TRUE(store_->MaxEventId(&max_id).ok());
  EXPECT_EQ(match(R"({"kind":"events","countries":["NER"]})", max_id).size(), 0u);
  EXPECT_EQ(match(R"({"kind":"goldstein","dyad":"MAR,FRA","period":"week","below":3})", max_id).size(), 0u);
}

TEST(WatchRule, BadSpecificationsNameTheField) {
  for (const char* spec : {"", "[]", R"({"roots":["18"]})", R"({"kind":"alerts"})", R"({"kind":"events"})",
                           R"({"kind":"events","roots":"18"})", R"({"kind":"events","roots":["21"]})",
                           R"({"kind":"events","located_in":["Mali"]})", R"({"kind":"events","colour":"red"})",
                           R"({"kind":"goldstein","dyad":"MAR,FRA"})", R"({"kind":"goldstein","below":1})",
                           R"({"kind":"goldstein","dyad":"MAR,FRA","below":"low"})",
                           R"({"kind":"goldstein","dyad":"MAR,FRA","below":1,"roots":["18"]})",
                           R"({"kind":"events","dyad":"MAR,FRA","period":"year"})"}) {
    auto r = ParseRule(spec);
    EXPECT_FALSE(r.ok()) << spec;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << spec;
  }
}

TEST(Periods, MatchSqliteNamesAndRanges) {
  struct Case { const char* date; const char* period; const char* name; const char* from; const char* to; };
  for (const Case& c : std::vector<Case>{
           {"2024-04-22", "day", "2024-04-22", "2024-04-22", "2024-04-22"},
           {"2024-04-22", "month", "2024-04", "2024-04-01", "2024-04-30"},
           {"2024-02-10", "month", "2024-02", "2024-02-01", "2024-02-29"},
           {"2024-04-22", "week", "2024-W17", "2024-04-22", "2024-04-28"},
           {"2024-01-01", "week", "2024-W01", "2024-01-01", "2024-01-07"},  // 2024 starts on a Monday
           {"2023-01-01", "week", "2023-W00", "2023-01-01", "2023-01-01"},  // a Sunday before the first Monday
           {"2023-01-02", "week", "2023-W01", "2023-01-02", "2023-01-08"},
           {"2024-12-31", "week", "2024-W53", "2024-12-30", "2024-12-31"},  // cut at the year's end
       }) {
    auto name = PeriodOf(c.date, c.period);
    ASSERT_TRUE(name.ok()) << c.date;
    EXPECT_EQ(name.value(), c.name) << c.date << " " << c.period;
    std::string from, to;
    ASSERT_TRUE(PeriodRange(c.name, &from, &to).ok()) << c.name;
    EXPECT_EQ(from, c.from) << c.name;
    EXPECT_EQ(to, c.to) << c.name;
  }
  std::string from, to;
  for (const char* bad : {"2024-W60", "2024-13", "2024", "W17", "2024-02-30"})
    EXPECT_FALSE(PeriodRange(bad, &from, &to).ok()) << bad;
  EXPECT_FALSE(PeriodOf("2024-04-22", "year").ok());
}

}  // namespace
}  // namespace dyad
