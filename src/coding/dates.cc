#include "coding/dates.h"

#include <charconv>
#include <cstdio>

namespace dyad::coding {
namespace {

bool Num(std::string_view s, int* v) {
  if (s.empty() || s.size() > 4) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string Make(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return {};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Arabic-Indic (U+0660..0669) and Eastern Arabic-Indic (U+06F0..06F9) digits as ASCII;
// other bytes are kept, so a mixed token stays invalid for Num.
std::string AsciiDigits(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned char n = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c == 0xD9 && n >= 0xA0 && n <= 0xA9) { out += static_cast<char>('0' + (n - 0xA0)); ++i; }
    else if (c == 0xDB && n >= 0xB0 && n <= 0xB9) { out += static_cast<char>('0' + (n - 0xB0)); ++i; }
    else out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return Make(y, m, d);
}
// Without formatting: this runs for every time phrase of every event.
bool Parse(const std::string& iso, int* y, int* m, int* d) {
  std::string_view s(iso);
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!Num(s.substr(0, 4), y) || !Num(s.substr(5, 2), m) || !Num(s.substr(8, 2), d)) return false;
  return *y >= 1900 && *y <= 2100 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= DaysIn(*y, *m);
}
}  // namespace

std::string AddDays(const std::string& iso, int days) {
  int y, m, d;
  if (!Parse(iso, &y, &m, &d)) return {};
  return CivilFromDays(DaysFromCivil(y, m, d) + days);
}

int Weekday(const std::string& iso) {
  int y, m, d;
  if (!Parse(iso, &y, &m, &d)) return 0;
  long z = DaysFromCivil(y, m, d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

std::string IsoWeek(const std::string& iso) {
  int wd = Weekday(iso);
  if (!wd) return {};
  // The ISO year is the year of the week's Thursday; the week counts Thursdays since 1 January.
  std::string thursday = AddDays(iso, 4 - wd);
  int y, m, d;
  if (!Parse(thursday, &y, &m, &d)) return {};
  long week = (DaysFromCivil(y, m, d) - DaysFromCivil(y, 1, 1)) / 7 + 1;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, static_cast<int>(week));
  return buf;
}

std::string ResolveDay(const std::string& pub, int offset, int weekday, bool future) {
  if (!weekday) return AddDays(pub, offset);
  int today = Weekday(pub);
  if (!today) return {};
  int back = (today - weekday + 7) % 7;
  if (!future) return AddDays(pub, -back);
  int ahead = (weekday - today + 7) % 7;
  return AddDays(pub, ahead == 0 ? 7 : ahead);
}

std::string ResolvePeriod(const std::string& pub, int unit, int offset, int weekday, int month, bool future,
                          std::string* precision) {
  int y, m, d;
  if (!Parse(pub, &y, &m, &d)) return {};
  if (unit == 1) {
    *precision = "week";
    if (weekday) {  // "the weekend": the week of that weekday
      std::string day = ResolveDay(pub, 0, weekday, future);
      return AddDays(day, 1 - Weekday(day));
    }
    return AddDays(pub, 1 - Weekday(pub) + 7 * offset);
  }
  if (unit == 2) {
    *precision = "month";
    if (month) {
      int year = future ? (month > m ? y : y + 1) : (month <= m ? y : y - 1);
      return Make(year, month, 1);
    }
    int months = y * 12 + (m - 1) + offset;
    return Make(months / 12, months % 12 + 1, 1);
  }
  *precision = "day";
  return ResolveDay(pub, offset, weekday, future);
}

std::string IsoDate(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
  if (!Num(s.substr(0, 4), &y) || !Num(s.substr(5, 2), &m) || !Num(s.substr(8, 2), &d)) return {};
  return Make(y, m, d);
}

std::string FindDate(std::string_view text, const std::vector<text::RawToken>& toks,
                     const std::unordered_map<std::string, uint32_t>& months,
                     const std::function<std::string(std::string_view)>& fold) {
  auto tok = [&](size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  auto month = [&](size_t i) -> int {
    if (i >= toks.size() || !toks[i].word) return 0;
    auto it = months.find(fold(tok(i)));
    return it == months.end() ? 0 : static_cast<int>(it->second);
  };
  // Digits as written, Western or Arabic-Indic (٢٢ ... ٢٠٢٤): a number and its digit count.
  std::string ascii;
  auto digits = [&](size_t i) -> size_t {
    if (i >= toks.size() || !toks[i].digit) return 0;
    ascii = AsciiDigits(tok(i));
    return ascii.size();
  };
  auto number = [&](size_t i, int* v) { return digits(i) && Num(ascii, v); };
  auto year = [&](size_t i, int* v) { return number(i, v) && ascii.size() == 4; };
  for (size_t i = 0; i < toks.size(); ++i) {
    int a, b, c, m;
    if (!number(i, &a)) {
      // Month D, YYYY
      if ((m = month(i)) && number(i + 1, &b)) {
        size_t j = i + 2;
        if (j < toks.size() && tok(j) == ",") ++j;
        if (year(j, &c)) {
          std::string d = Make(c, m, b);
          if (!d.empty()) return d;
        }
      }
      continue;
    }
    // D Month YYYY (optionally "D. Month", "D de Month de YYYY")
    size_t j = i + 1;
    if (j < toks.size() && tok(j) == ".") ++j;
    if (j < toks.size() && !toks[j].digit && !month(j) && toks[j].word && tok(j).size() <= 3) ++j;  // "de"
    if ((m = month(j))) {
      size_t k = j + 1;
      if (k < toks.size() && !toks[k].digit && toks[k].word && tok(k).size() <= 3 && !month(k)) ++k;
      if (year(k, &c)) {
        std::string d = Make(c, m, a);
        if (!d.empty()) return d;
      }
    }
    // D.M.YYYY, D/M/YYYY, YYYY-MM-DD
    if (i + 4 < toks.size()) {
      std::string_view s1 = tok(i + 1), s2 = tok(i + 3);
      if (s1 == s2 && (s1 == "." || s1 == "/" || s1 == "-") && number(i + 2, &b) && number(i + 4, &c)) {
        bool year_first = digits(i) == 4, year_last = digits(i + 4) == 4;
        std::string d = year_first ? Make(a, b, c) : year_last ? Make(c, b, a) : "";
        if (!d.empty()) return d;
      }
    }
  }
  return {};
}

}  // namespace dyad::coding
