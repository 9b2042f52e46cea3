#include "dyad/store.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>

#include <filesystem>

#include "dyad/lexicon.h"

namespace dyad {
namespace {

// Every store test runs on both backends: SQLite (a temporary file) and
// PostgreSQL (a fresh schema in the database DYAD_TEST_PG names, e.g.
// postgresql://dyad:dyad@127.0.0.1:55432/dyad_test from scripts/pg-start).
// Without DYAD_TEST_PG the PostgreSQL cases are skipped; with it set, an
// unreachable server fails them.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok());
    coder_ = std::make_unique<Coder>(lex.value());
    if (GetParam() == "postgresql") {
      const char* uri = std::getenv("DYAD_TEST_PG");
      if (!uri || !*uri)
        GTEST_SKIP() << "DYAD_TEST_PG is not set: PostgreSQL store tests skipped "
                        "(eval \"$(bash scripts/pg-start)\" starts a server and sets it)";
      static int counter = 0;
      schema_ = "dyad_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
      admin_ = PQconnectdb(uri);
      ASSERT_EQ(PQstatus(admin_), CONNECTION_OK) << "DYAD_TEST_PG is set but the server is unreachable: "
                                                 << PQerrorMessage(admin_);
      AdminSql("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
      std::string u = uri;
      path_ = u + (u.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
      return;
    }
    path_ = (std::filesystem::temp_directory_path() / ("dyad_store_" + std::to_string(::getpid()) + ".db")).string();
    Cleanup();
  }
  void TearDown() override {
    if (admin_) {
      AdminSql("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
      PQfinish(admin_);
      admin_ = nullptr;
    } else if (!path_.empty()) {
      Cleanup();
    }
  }
  void AdminSql(const std::string& sql) {
    PGresult* r = PQexec(admin_, sql.c_str());
    EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << sql << ": " << PQerrorMessage(admin_);
    PQclear(r);
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::vector<std::pair<Document, CodedDocument>> Batch() {
    std::vector<std::pair<Document, CodedDocument>> batch;
    const char* texts[][3] = {
        {"a", "https://example.org/a", "Moroccan police arrested three French nationals in Tangier."},
        {"b", "https://example.org/b", "The French president praised Morocco on Monday."},
        {"c", "", "Spain condemned Algeria."},
    };
    auto scratch = coder_->NewScratch();
    for (auto& t : texts) {
      Document d;
      d.id = t[0];
      d.content = t[2];
      d.url = t[1];
      d.published = "2024-04-24";
      d.lang = "en";
      d.origin = t[0];
      CodedDocument c;
      EXPECT_TRUE(coder_->Code(d, *scratch, &c).ok());
      batch.emplace_back(d, std::move(c));
    }
    return batch;
  }
  // A new store holding Batch(); null (with a failure) when that fails.
  std::unique_ptr<Store> StoreWithBatch() {
    auto store = Store::Open(path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    if (!store.ok()) return nullptr;
    AddReport r;
    EXPECT_TRUE(store.value()->Add(Batch(), &r).ok());
    return std::move(store.value());
  }
  // An English document published on Monday 2024-04-22, and what the coder makes of it.
  std::pair<Document, CodedDocument> Coded(const std::string& id, const std::string& url, const std::string& text) {
    Document d;
    d.id = id;
    d.url = url;
    d.content = text;
    d.lang = "en";
    d.published = "2024-04-22";
    CodedDocument c;
    EXPECT_TRUE(coder_->Code(d, *coder_->NewScratch(), &c).ok());
    return {d, std::move(c)};
  }
  std::string path_, schema_;
  PGconn* admin_ = nullptr;
  std::unique_ptr<Coder> coder_;
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST(StorePostgresTest, UnreachableServerIsAnErrorWithoutThePassword) {
  // Port 1 on loopback: nothing listens there.
  auto store = Store::Open("postgresql://dyad:secret@127.0.0.1:1/dyad?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().ToString().find("postgresql"), std::string::npos) << store.status().ToString();
  EXPECT_EQ(store.status().ToString().find("secret"), std::string::npos) << store.status().ToString();
}

TEST_P(StoreTest, SecondIngestOfTheSameDocumentsChangesNothing) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  AddReport first, second;
  ASSERT_TRUE(store.value()->Add(Batch(), &first).ok());
  EXPECT_EQ(first.documents_new, 3u);
  EXPECT_GE(first.events, 3u);
  ASSERT_TRUE(store.value()->Add(Batch(), &second).ok());
  EXPECT_EQ(second.documents_new, 0u);
  EXPECT_EQ(second.events, 0u);
  // The same URL with other text is the same document too.
  auto again = Batch();
  again[0].first.content += " Updated.";
  AddReport third;
  ASSERT_TRUE(store.value()->Add(again, &third).ok());
  EXPECT_EQ(third.documents_new, 0u);
  size_t docs = 0, events = 0;
  ASSERT_TRUE(store.value()->Count(&docs, &events).ok());
  EXPECT_EQ(docs, 3u);
  EXPECT_EQ(events, first.events);
}

TEST_P(StoreTest, QueriesFilterByDyadRootAndDate) {
  auto store = StoreWithBatch();
  ASSERT_TRUE(store);
  std::vector<StoredEvent> rows;
  EventFilter dyad;
  dyad.source = "MAR";
  dyad.target = "FRA";
  dyad.either_direction = true;
  ASSERT_TRUE(store->Query(dyad, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);  // the arrest (MAR->FRA) and the praise (FRA->MAR)
  rows.clear();
  dyad.either_direction = false;
  ASSERT_TRUE(store->Query(dyad, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cameo.substr(0, 2), "17");
  EXPECT_NE(rows[0].json.find("\"evidence\""), std::string::npos);
  rows.clear();
  EventFilter praise;
  praise.root = "05";
  praise.from = "2024-04-22";
  praise.to = "2024-04-22";  // "on Monday" before a Wednesday publication
  ASSERT_TRUE(store->Query(praise, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].date, "2024-04-22");
}

TEST_P(StoreTest, QueriesFilterBySectorActorAndPlace) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  auto batch = Batch();
  Document named;
  named.id = named.origin = "d";
  named.content = "Emmanuel Macron praised Morocco on Monday.";
  named.published = "2024-04-24";
  named.lang = "en";
  CodedDocument coded;
  auto scratch = coder_->NewScratch();
  ASSERT_TRUE(coder_->Code(named, *scratch, &coded).ok());
  batch.emplace_back(named, std::move(coded));
  AddReport r;
  ASSERT_TRUE(store.value()->Add(batch, &r).ok());
  struct Case {
    const char* what;
    EventFilter filter;
    std::vector<std::string> doc_ids;  // of the events found, in query order (date, id)
  };
  auto with = [](auto set) { EventFilter f; set(f); return f; };
  const Case cases[] = {
      {"police on either side", with([](EventFilter& f) { f.sector = "COP"; }), {"a"}},
      {"governments", with([](EventFilter& f) { f.sector = "GOV"; }), {"b", "d"}},
      {"a sector nobody has", with([](EventFilter& f) { f.sector = "REB"; }), {}},
      {"place in another case", with([](EventFilter& f) { f.place = "TANGIER"; }), {"a"}},
      {"actor by code, either side", with([](EventFilter& f) { f.actor = "MARCOP"; }), {"a"}},
      {"actor by name, any case", with([](EventFilter& f) { f.actor = "emmanuel macron"; }), {"d"}},
      {"name and root together", with([](EventFilter& f) { f.actor = "Emmanuel Macron"; f.root = "17"; }), {}},
  };
  for (const Case& c : cases) {
    std::vector<StoredEvent> rows;
    ASSERT_TRUE(store.value()->Query(c.filter, &rows).ok()) << c.what;
    std::vector<std::string> got;
    for (const auto& row : rows) got.push_back(row.doc_id);
    EXPECT_EQ(got, c.doc_ids) << c.what;
  }
  // A series over a sector counts events, not the country-level daily table.
  std::vector<SeriesPoint> points;
  ASSERT_TRUE(store.value()->TimeSeries(cases[1].filter, "month", &points).ok());
  size_t events = 0;
  for (const auto& p : points) events += p.events;
  EXPECT_EQ(events, 2u);
}

TEST_P(StoreTest, ReopeningKeepsTheSchemaAndData) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    AddReport r;
    ASSERT_TRUE(store.value()->Add(Batch(), &r).ok());
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  size_t docs = 0, events = 0;
  ASSERT_TRUE(store.value()->Count(&docs, &events).ok());
  EXPECT_EQ(docs, 3u);
}

}  // namespace
}  // namespace dyad

#include "dyad/gdelt.h"

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == '\t') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

TEST_P(StoreTest, GdeltExportHas61ColumnsWithGdeltSemantics) {
  ASSERT_EQ(GdeltColumns().size(), 61u);
  EXPECT_EQ(GdeltColumns()[26], "EventCode");
  EXPECT_EQ(GdeltColumns()[51], "ActionGeo_Type");
  EXPECT_EQ(GdeltColumns()[60], "SOURCEURL");
  auto store = StoreWithBatch();
  ASSERT_TRUE(store);
  std::vector<StoredEvent> rows;
  EventFilter arrests;
  arrests.root = "17";
  ASSERT_TRUE(store->Query(arrests, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
  ASSERT_TRUE(lex.ok());
  std::vector<std::string> c = SplitTabs(GdeltEventRow(rows[0], *lex.value()));
  ASSERT_EQ(c.size(), 61u);
  auto col = [&](const char* name) {
    for (size_t i = 0; i < 61; ++i)
      if (GdeltColumns()[i] == name) return c[i];
    return std::string("?");
  };
  EXPECT_EQ(col("SQLDATE"), "20240424");
  EXPECT_EQ(col("Actor1Code"), "MARCOP");
  EXPECT_EQ(col("Actor1CountryCode"), "MAR");
  EXPECT_EQ(col("Actor1Type1Code"), "COP");
  EXPECT_EQ(col("Actor2CountryCode"), "FRA");
  EXPECT_EQ(col("EventRootCode"), "17");
  EXPECT_EQ(col("EventBaseCode"), col("EventCode").substr(0, 3));
  EXPECT_EQ(col("QuadClass"), "4");
  EXPECT_EQ(col("IsRootEvent"), "1");
  EXPECT_EQ(col("ActionGeo_Type"), "4");                // a city: Tangier
  EXPECT_EQ(col("ActionGeo_CountryCode"), "MO");        // FIPS 10-4, as GDELT
  EXPECT_EQ(col("Actor1Geo_CountryCode"), "MO");
  EXPECT_EQ(col("SOURCEURL"), "https://example.org/a");
  EXPECT_EQ(col("DATEADDED").size(), 14u);
  EXPECT_EQ(col("GLOBALEVENTID"), std::to_string(rows[0].row_id));
}

TEST_P(StoreTest, FullTextSearch) {
  auto store = StoreWithBatch();
  ASSERT_TRUE(store);
  std::vector<StoredEvent> rows;
  EventFilter f;
  f.text = "Tangier";
  ASSERT_TRUE(store->Query(f, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].doc_id, "a");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Two feeds that both number their records from 1: different documents with
// the same id and the same first sentence. Event ids hash the document id, so
// theirs are equal; each document keeps its event all the same (schema 10
// dropped the second one without a trace).
TEST_P(StoreTest, DocumentsWithTheSameIdKeepTheirEvents) {
  const std::pair<const char*, const char*> docs[] = {
      {"https://feed-one.example/1", "Moroccan police arrested three French nationals in Rabat on Monday."},
      {"https://feed-two.example/1",
       "Moroccan police arrested three French nationals in Rabat on Monday. The court in the capital will hear the "
       "case of the three men next month, a lawyer for the families said on Tuesday, adding that they deny it."},
  };
  for (const auto& [url, text] : docs) {
    auto [d, c] = Coded("1", url, text);
    ASSERT_FALSE(c.events.empty());
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    AddReport r;
    ASSERT_TRUE(store.value()->Add({{d, c}}, &r).ok());
    EXPECT_EQ(r.documents_new, 1u);
    EXPECT_EQ(r.events, c.events.size()) << url;
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  size_t documents = 0, events = 0;
  ASSERT_TRUE(store.value()->Count(&documents, &events).ok());
  EXPECT_EQ(documents, 2u);
  std::vector<StoredEvent> rows;
  EventFilter arrests;
  arrests.root = "17";
  ASSERT_TRUE(store.value()->Query(arrests, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[0].url, rows[1].url);
}

// A copy joins a story only among the most recent StoreOptions::story_window
// stories: with a window of 2, a copy of the first of three stories starts a
// new story, a copy of the third joins it. Both backends draw the same line.
TEST_P(StoreTest, CopiesJoinOnlyStoriesInTheWindow) {
  const std::string texts[] = {
      "Morocco and France agreed on Monday to strengthen the exchange of intelligence on terrorist threats in the "
      "Sahel, the interior ministry said in a statement after talks between the two ministers in the capital. The "
      "ministers discussed irregular migration and the fight against drug trafficking networks operating between the "
      "two shores of the Mediterranean, and agreed to hold the next session of their joint group in Paris.",
      "Spain condemned Algeria on Tuesday over the closure of the border crossings near Oran, which the government in "
      "Madrid called a breach of the friendship treaty. Exporters in Valencia said trucks loaded with fruit had been "
      "stuck for a week, and the chamber of commerce asked the foreign minister to raise the matter with Brussels "
      "before the summit of the Union for the Mediterranean in Barcelona next month.",
      "Police in Niger arrested dozens of migrants on Wednesday in Agadez, the desert town on the road to Libya, after "
      "the military government repealed the law that had made smuggling people a crime. Aid groups said the men were "
      "taken to a camp outside the town, where water was short, and the International Organization for Migration "
      "asked the authorities to let its staff visit the camp before the start of the hot season.",
  };
  std::vector<std::pair<Document, CodedDocument>> first, copies;
  for (int i = 0; i < 3; ++i) first.push_back(Coded("o" + std::to_string(i), "https://one.example/" + std::to_string(i), texts[i]));
  for (int i : {0, 2})
    copies.push_back(Coded("c" + std::to_string(i), "https://two.example/" + std::to_string(i),
                           texts[i] + " (AFP)"));
  for (int64_t window : {2, 1000}) {
    if (admin_) AdminSql("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    else Cleanup();
    StoreOptions options;
    options.story_window = window;
    auto store = Store::Open(path_, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    AddReport r;
    ASSERT_TRUE(store.value()->Add(first, &r).ok());
    EXPECT_EQ(r.documents_in_known_story, 0u);
    AddReport again;
    ASSERT_TRUE(store.value()->Add(copies, &again).ok());
    EXPECT_EQ(again.documents_new, 2u);
    // Window 2 after stories 1-3: story 1 is out, story 3 (then 4, a new one) in.
    EXPECT_EQ(again.documents_in_known_story, window == 2 ? 1u : 2u) << "window " << window;
  }
}

TEST_P(StoreTest, SameStoryFromSeveralOutletsIsOneEventWithMentions) {
  // An article-length wire story; the second outlet adds its own dateline and ending.
  const char* wire =
      "Morocco and France agreed on Monday to strengthen the exchange of intelligence on terrorist threats in the "
      "Sahel, the interior ministry said in a statement after talks between the two ministers in the capital. "
      "The ministers discussed irregular migration, the return of migrants in an irregular situation and the "
      "fight against drug trafficking networks operating between the two shores of the Mediterranean. They also "
      "reviewed the work of the permanent joint group on migration, which met for the fifth time this year, and "
      "agreed to hold its next session in Paris in the autumn. The French minister praised the security approach "
      "of the Kingdom, which he described as a credible partner in the region. Both sides stressed the importance "
      "of exchanging information quickly to anticipate threats linked to criminal and terrorist groups, the "
      "statement said, adding that a joint working group would meet in the coming weeks to prepare new measures.";
  std::string copy = "RABAT (Agencies) - " + std::string(wire) + " Read more on our site.";
  std::vector<std::pair<Document, CodedDocument>> batch;
  const std::pair<const char*, std::string> docs[] = {
      {"https://www.news-one.example/a", wire},
      {"https://news-two.example/b", copy},
      {"https://news-three.example/c", "Spain condemned Algeria on Monday over the closure of the border."},
  };
  for (const auto& [url, text] : docs) batch.push_back(Coded(url, url, text));
  ASSERT_FALSE(batch[0].second.events.empty());
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  AddReport r;
  ASSERT_TRUE(store.value()->Add(batch, &r).ok());
  EXPECT_EQ(r.documents_new, 3u);
  EXPECT_EQ(r.documents_in_known_story, 1u);  // the copy joined the first story
  std::vector<StoredEvent> rows;
  EventFilter dyad;
  dyad.source = "MAR";
  dyad.target = "FRA";
  dyad.either_direction = true;
  dyad.root = "03";
  ASSERT_TRUE(store.value()->Query(dyad, &rows).ok());
  // Each event once (as many as one article has), each reported by both articles.
  size_t in_one_article = 0;
  for (const Event& e : batch[0].second.events)
    if (e.root == "03" && e.target && (e.source.country == "MAR" || e.source.country == "FRA")) ++in_one_article;
  ASSERT_GT(in_one_article, 0u);
  ASSERT_EQ(rows.size(), in_one_article);
  for (const auto& row : rows) {
    EXPECT_EQ(row.num_articles, 2) << row.cameo;
    EXPECT_EQ(row.num_sources, 2) << row.cameo;
    EXPECT_GE(row.num_mentions, 2) << row.cameo;
  }
  rows.clear();
  EventFilter spain;
  spain.source = "ESP";
  ASSERT_TRUE(store.value()->Query(spain, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].num_articles, 1);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST_P(StoreTest, TimeSeriesPerMonthAndQuadClass) {
  auto store = StoreWithBatch();
  ASSERT_TRUE(store);
  std::vector<SeriesPoint> points;
  EventFilter f;
  f.source = "MAR";
  f.target = "FRA";
  f.either_direction = true;
  ASSERT_TRUE(store->TimeSeries(f, "month", &points).ok());
  ASSERT_EQ(points.size(), 2u);  // praise (quad 1) and arrest (quad 4), both April 2024
  EXPECT_EQ(points[0].period, "2024-04");
  EXPECT_EQ(points[0].quad_class, 1);
  EXPECT_EQ(points[1].quad_class, 4);
  EXPECT_EQ(points[1].events, 1u);
  EXPECT_LT(points[1].mean_goldstein, 0);
  points.clear();
  EXPECT_FALSE(store->TimeSeries(f, "fortnight", &points).ok());
  EXPECT_FALSE(store->TimeSeries(f, "month", &points, "continent").ok());
}

// Series per directed dyad and per country, from the daily table (country
// filters only) and from the events (a root filter): the same groups either way.
TEST_P(StoreTest, TimeSeriesPerDyadAndCountry) {
  auto store = StoreWithBatch();
  ASSERT_TRUE(store);
  auto groups = [&](const EventFilter& f, const std::string& by) {
    std::vector<SeriesPoint> points;
    EXPECT_TRUE(store->TimeSeries(f, "month", &points, by).ok()) << by;
    std::vector<std::string> out;
    for (const auto& p : points) out.push_back(p.period + " " + p.group + " " + std::to_string(p.quad_class) + " " +
                                               std::to_string(p.events));
    return out;
  };
  EventFilter all;
  using V = std::vector<std::string>;
  EXPECT_EQ(groups(all, "dyad"), (V{"2024-04 ESP-DZA 3 1", "2024-04 FRA-MAR 1 1", "2024-04 MAR-FRA 4 1"}));
  EXPECT_EQ(groups(all, "target"), (V{"2024-04 DZA 3 1", "2024-04 FRA 4 1", "2024-04 MAR 1 1"}));
  EventFilter morocco;
  morocco.country = "MAR";
  EXPECT_EQ(groups(morocco, "source"), (V{"2024-04 FRA 1 1", "2024-04 MAR 4 1"}));
  EventFilter coerce;
  coerce.root = "17";  // not a country-level filter: counted over the events
  EXPECT_EQ(groups(coerce, "dyad"), (V{"2024-04 MAR-FRA 4 1"}));
  EXPECT_EQ(groups(all, ""), (V{"2024-04  1 1", "2024-04  3 1", "2024-04  4 1"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST_P(StoreTest, ReadViewsAndWatchRules) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  AddReport r;
  ASSERT_TRUE(store.value()->Add(Batch(), &r).ok());
  Store& s = *store.value();
  EventSelection france;
  france.filter.country = "FRA";
  std::vector<EventRow> rows;
  ASSERT_TRUE(s.Select(france, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);  // the arrest and the praise
  france.offset = 1;
  std::vector<EventRow> page;
  ASSERT_TRUE(s.Select(france, &page).ok());
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].row_id, rows[1].row_id);

  std::vector<CountRow> top;
  ASSERT_TRUE(s.Top({}, "country", 10, &top).ok());
  ASSERT_GE(top.size(), 4u);  // MAR, FRA, ESP, DZA
  EXPECT_EQ(top[0].events, 2u);
  EXPECT_FALSE(s.Top({}, "planet", 10, &top).ok());

  StoredDocument doc;
  ASSERT_TRUE(s.GetDocument(rows[0].document, &doc).ok());
  ASSERT_FALSE(doc.events.empty());
  for (const auto& e : doc.events) {
    EXPECT_LT(e.evidence_start, e.evidence_end);
    EXPECT_LE(e.evidence_end, static_cast<int64_t>(doc.content.size()));
    EXPECT_TRUE(e.first_document);
  }
  StoredDocument missing;
  EXPECT_EQ(s.GetDocument(999, &missing).code(), StatusCode::kNotFound);

  std::vector<SearchHit> hits;
  ASSERT_TRUE(s.Search("Tangier", 10, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].doc_id, "a");
  EXPECT_NE(hits[0].snippet.find("\x02Tangier\x03"), std::string::npos) << hits[0].snippet;

  StoreOverview overview;
  ASSERT_TRUE(s.Overview(&overview).ok());
  EXPECT_EQ(overview.documents, 3u);
  EXPECT_EQ(overview.events, r.events);
  int64_t max_id = 0;
  ASSERT_TRUE(s.MaxEventId(&max_id).ok());
  EXPECT_EQ(max_id, static_cast<int64_t>(r.events));  // ids count from 1 on both, without gaps

  int64_t id = 0;
  ASSERT_TRUE(s.AddRule("arrests", R"({"kind": "events", "roots": ["17"]})", &id).ok());
  std::vector<StoredRule> rules;
  ASSERT_TRUE(s.Rules(&rules).ok());
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].id, id);
  EXPECT_EQ(rules[0].name, "arrests");
  ASSERT_TRUE(s.SetReadOnly(true).ok());
  bool deleted = false;
  EXPECT_FALSE(s.DeleteRule(id, &deleted).ok());
  ASSERT_TRUE(s.SetReadOnly(false).ok());
  ASSERT_TRUE(s.DeleteRule(id, &deleted).ok());
  EXPECT_TRUE(deleted);
  ASSERT_TRUE(s.DeleteRule(id, &deleted).ok());
  EXPECT_FALSE(deleted);
}

// A SQLite store of schema 9 (story_bands rows, a mention row for each
// event's first document, no evidence span columns) opens as schema 10 with
// the same answers. The schema-9 store is made from a current one by
// undoing migration 10 in SQL.
class StoreMigrationTest : public StoreTest {};

std::string Canonical(const StoredDocument& d) {
  std::string out = d.doc_id + "\n";
  for (const auto& e : d.events)
    out += std::to_string(e.row_id) + " " + std::to_string(e.first_document) + " " +
           std::to_string(e.evidence_start) + "-" + std::to_string(e.evidence_end) + " " + e.json + "\n";
  return out;
}

TEST_P(StoreMigrationTest, Schema9StoreOpensWithTheSameAnswers) {
  auto wire = std::string(
      "Morocco and France agreed on Monday to strengthen the exchange of intelligence on terrorist threats in the "
      "Sahel, the interior ministry said in a statement after talks between the two ministers in the capital. "
      "The ministers discussed irregular migration and the fight against drug trafficking networks operating "
      "between the two shores of the Mediterranean, and agreed to hold the next session in Paris in the autumn.");
  std::vector<std::pair<Document, CodedDocument>> batch;
  auto scratch = coder_->NewScratch();
  const std::pair<const char*, std::string> texts[] = {
      {"https://one.example/a", wire},
      {"https://two.example/b", "RABAT (Agencies) - " + wire + " Read more."},
      {"https://three.example/c", "Spain condemned Algeria on Monday over the closure of the border."},
  };
  for (const auto& [url, text] : texts) {
    Document d;
    d.id = d.url = url;
    d.content = text;
    d.lang = "en";
    d.published = "2024-04-22";
    CodedDocument c;
    ASSERT_TRUE(coder_->Code(d, *scratch, &c).ok());
    batch.emplace_back(d, std::move(c));
  }
  std::vector<StoredEvent> before;
  std::vector<std::string> docs_before;
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    AddReport r;
    ASSERT_TRUE(store.value()->Add(batch, &r).ok());
    ASSERT_EQ(r.documents_in_known_story, 1u);
    ASSERT_TRUE(store.value()->Query(EventFilter{}, &before).ok());
    for (int64_t id = 1; id <= 3; ++id) {
      StoredDocument d;
      ASSERT_TRUE(store.value()->GetDocument(id, &d).ok());
      docs_before.push_back(Canonical(d));
    }
  }
  ASSERT_FALSE(before.empty());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  // Back to schema 9: events with a unique event id (undone by 11), story
  // bands, first mentions as mention rows (both undone by 10).
  const char* undo = R"sql(
CREATE TABLE events_10 (
  id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id), event_id TEXT NOT NULL UNIQUE,
  date TEXT, source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover_type TEXT, symmetric INTEGER,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL, geonames_id INTEGER,
  lang TEXT, evidence TEXT, mentions INTEGER, json TEXT NOT NULL,
  story INTEGER, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
  evidence_start INTEGER, evidence_end INTEGER);
INSERT INTO events_10 SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_10 RENAME TO events;
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_story ON events(story, cameo, date);
CREATE TABLE story_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, story INTEGER NOT NULL,
  simhash INTEGER NOT NULL, PRIMARY KEY (band, value, story)) WITHOUT ROWID;
INSERT INTO mentions(event, document, start, end, mentions) SELECT id, document, evidence_start, evidence_end, mentions FROM events;
ALTER TABLE events DROP COLUMN evidence_start;
ALTER TABLE events DROP COLUMN evidence_end;
PRAGMA user_version = 9;
)sql";
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, undo, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);

  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  {
    // Migrated to the current schema: no unique index on event ids, the three event indexes.
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                                 "type = 'index' AND tbl_name = 'events' ORDER BY name)",
                                 -1, &st, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "events_dyad events_story events_target");
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  std::vector<StoredEvent> after;
  ASSERT_TRUE(store.value()->Query(EventFilter{}, &after).ok());
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].json, before[i].json);
    EXPECT_EQ(after[i].num_mentions, before[i].num_mentions);
    EXPECT_EQ(after[i].num_articles, before[i].num_articles);
    EXPECT_EQ(after[i].num_sources, before[i].num_sources);
  }
  for (int64_t id = 1; id <= 3; ++id) {
    StoredDocument d;
    ASSERT_TRUE(store.value()->GetDocument(id, &d).ok());
    EXPECT_EQ(Canonical(d), docs_before[id - 1]);
  }
  // A third outlet's copy after the migration joins the story: three articles each.
  Document d;
  d.id = d.url = "https://four.example/d";
  d.content = "PARIS - " + wire;
  d.lang = "en";
  d.published = "2024-04-22";
  CodedDocument c;
  ASSERT_TRUE(coder_->Code(d, *scratch, &c).ok());
  AddReport r;
  ASSERT_TRUE(store.value()->Add({{d, c}}, &r).ok());
  EXPECT_EQ(r.documents_in_known_story, 1u);
  std::vector<StoredEvent> last;
  EventFilter dyad;
  dyad.source = "MAR";
  dyad.target = "FRA";
  dyad.either_direction = true;
  ASSERT_TRUE(store.value()->Query(dyad, &last).ok());
  ASSERT_FALSE(last.empty());
  for (const auto& e : last) {
    EXPECT_EQ(e.num_articles, 3) << e.cameo;
    EXPECT_EQ(e.num_sources, 3) << e.cameo;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreMigrationTest, ::testing::Values("sqlite"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
