// The event queries both store backends run: the SQL text (with ? for each
// argument) and its arguments, built from a filter. Backends differ only in a
// few expressions (the dialect): full-text search and week numbers.
#pragma once

#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::store {

struct Dialect {
  std::string text_clause;  // "e.document IN (...)" with one ? for EventFilter::text
  std::string week_of;      // the week bucket of column %s, as SQLite's strftime('%Y-W%W')
  std::string date_order = "e.date";  // ORDER BY term for dates: bytewise, NULL first (SQLite's order)
};

// SQLite's: FTS5 for full text, strftime for weeks (PostgreSQL's: pg::PgDialect()).
const Dialect& SqliteDialect();

struct Sql {
  std::string text;
  std::vector<std::string> args;
};

// " AND ..." conditions over events `e` for a filter.
std::string Where(const EventFilter& f, std::vector<std::string>* args, const Dialect& dialect);
// Events with their first document, ordered by date and id, at most f.limit.
Sql QuerySql(const EventFilter& f, const Dialect& dialect);
// The read views' page of events (`dyad serve`'s /api/events): events with their first
// document's id, URL, title and content, ordered by date and id.
Sql SelectSql(const EventSelection& sel, const Dialect& dialect);
// Counts per period and quad class with mean Goldstein (from the daily table
// when the filter is country-level only), and per group when `by` is "dyad",
// "source" or "target" (the group is the last column, '' without one).
Result<Sql> SeriesSql(const EventFilter& f, const std::string& period, const Dialect& dialect,
                      const std::string& by = "");

}  // namespace dyad::store
