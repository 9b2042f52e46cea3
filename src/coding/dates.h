// Calendar dates from metadata and datelines, in any language whose month
// names the lexicon knows.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokenize.h"

namespace dyad::coding {

// "2024-04-22", "2024-04-22T21:45:00Z" -> "2024-04-22"; "" if not a valid date.
std::string IsoDate(std::string_view s);

// `iso` (YYYY-MM-DD) moved by `days`; "" if `iso` is not a date.
std::string AddDays(const std::string& iso, int days);
// The period a relative expression names, seen from publication date `pub`:
// `unit` 0 day (ResolveDay), 1 week (`offset` weeks from pub's week: its Monday),
// 2 month (`month` 1..12: the last such month on or before pub, the next one when
// `future`; else `offset` months from pub's month: its first day). Sets
// `precision` to "day", "week" or "month"; "" if `pub` is not a date.
std::string ResolvePeriod(const std::string& pub, int unit, int offset, int weekday, int month, bool future,
                          std::string* precision);

// "2024-04-22" -> "2024-W17" (ISO 8601 week); "" if `iso` is not a date.
std::string IsoWeek(const std::string& iso);
// 1 (Monday) .. 7 (Sunday); 0 if `iso` is not a date.
int Weekday(const std::string& iso);
// The day a relative expression names, seen from publication date `pub`:
// an offset, or the last `weekday` on or before `pub` (`future`: the next one after).
std::string ResolveDay(const std::string& pub, int offset, int weekday, bool future);

// First date written in `tokens` of `text`: "22 April 2024", "April 22, 2024",
// "22 avril 2024", "22.04.2024", "22/04/2024", "2024-04-22". `fold` folds a
// token; `months` maps folded month names to 1..12.
std::string FindDate(std::string_view text, const std::vector<text::RawToken>& tokens,
                     const std::unordered_map<std::string, uint32_t>& months,
                     const std::function<std::string(std::string_view)>& fold);

}  // namespace dyad::coding
