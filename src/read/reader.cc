#include "dyad/reader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "text/utf8.h"

namespace dyad {
namespace fs = std::filesystem;

namespace {

enum class Format { kText, kHtml, kJsonl };

Format FormatForName(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  return Format::kText;
}

bool IsInputFile(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".ndjson";
}

struct FileCloser { void operator()(std::FILE* f) const { if (f && f != stdin) std::fclose(f); } };

// Reads lines of at most `limit` bytes; a longer line is consumed and
// reported as too long without being kept in memory.
class LineReader {
 public:
  LineReader(std::FILE* f, size_t limit) : f_(f), limit_(limit) {}
  // false at end of input. `too_long` is set for a line over the limit.
  bool Next(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    bool any = false;
    while (true) {
      if (pos_ == len_) {
        len_ = std::fread(buf_, 1, sizeof buf_, f_);
        pos_ = 0;
        if (len_ == 0) return any;
      }
      any = true;
      const char* start = buf_ + pos_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
      size_t n = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
      if (!*too_long) {
        if (line->size() + n > limit_) { *too_long = true; line->clear(); line->shrink_to_fit(); }
        else line->append(start, n);
      }
      pos_ += n;
      if (nl) { ++pos_; return true; }
    }
  }

 private:
  std::FILE* f_;
  size_t limit_;
  char buf_[1 << 16];
  size_t pos_ = 0, len_ = 0;
};

}  // namespace

Status DocumentReader::CheckText(std::string_view bytes) const {
  if (bytes.size() > limits_.max_document_bytes)
    return LimitExceeded("document of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                         std::to_string(limits_.max_document_bytes));
  size_t bad = text::FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos)
    return InvalidInput("invalid UTF-8 at byte " + std::to_string(bad) + ": " + QuoteBytes(bytes.substr(bad, 8)));
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) return InvalidInput("NUL byte at byte " + std::to_string(nul));
  return Status::Ok();
}

Result<Document> DocumentReader::FromJsonLine(std::string_view line, const std::string& file, long line_number) const {
  using nlohmann::json;
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return InvalidInput(std::string("broken JSON at byte ") + std::to_string(at) + ": " +
                        QuoteBytes(line.substr(std::min(at, line.size()), 20)))
        .At(file, line_number);
  } catch (const json::exception& e) {
    // Not a syntax error but still unreadable, e.g. a number out of range ("7e777777").
    return InvalidInput(std::string("unreadable JSON: ") + e.what()).At(file, line_number);
  }
  if (!j.is_object()) return InvalidInput("a record must be a JSON object").At(file, line_number);
  Document d;
  d.origin = file + ":" + std::to_string(line_number);
  auto str = [&](const char* key, std::string* out) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (it->is_string()) { *out = it->get<std::string>(); return Status::Ok(); }
    if (it->is_number() && std::string_view(key) == "id") { *out = it->dump(); return Status::Ok(); }
    return InvalidInput(std::string("must be a string, not ") + it->type_name()).At(file, line_number, key);
  };
  std::string text, html;
  for (auto [key, out] : {std::pair{"id", &d.id}, {"title", &d.title}, {"url", &d.url},
                          {"published", &d.published}, {"lang", &d.lang}, {"text", &text}, {"html", &html}})
    DYAD_RETURN_IF_ERROR(str(key, out));
  if (!text.empty()) d.content = std::move(text);
  else if (!html.empty()) { d.content = std::move(html); d.is_html = true; }
  else return InvalidInput("record has neither \"text\" nor \"html\"").At(file, line_number);
  if (d.id.empty()) d.id = fs::path(file).filename().string() + ":" + std::to_string(line_number);
  Status s = CheckText(d.content);
  if (!s.ok()) return s.At(file, line_number, d.is_html ? "html" : "text");
  return d;
}

Status DocumentReader::ReadJsonl(std::FILE* f, const std::string& name, const DocumentSink& on_doc,
                                 const ErrorSink& on_error) const {
  // A record may carry some JSON escaping overhead beyond the document limit.
  LineReader lines(f, limits_.max_document_bytes + limits_.max_document_bytes / 2 + 4096);
  std::string line;
  bool too_long = false;
  long number = 0;
  while (lines.Next(&line, &too_long)) {
    ++number;
    if (too_long) {
      on_error(LimitExceeded("JSON line longer than the document limit of " +
                             std::to_string(limits_.max_document_bytes) + " bytes")
                   .At(name, number));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = FromJsonLine(line, name, number);
    if (!doc.ok()) { on_error(doc.status()); continue; }
    on_doc(std::move(doc).value());
  }
  if (std::ferror(f)) return IoError("read error").At(name, number);
  return Status::Ok();
}

Status DocumentReader::ReadFile(const std::string& path, const DocumentSink& on_doc, const ErrorSink& on_error) const {
  bool is_stdin = path == "-";
  std::unique_ptr<std::FILE, FileCloser> f(is_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (!f) return IoError("cannot open file").At(path);
  std::string name = is_stdin ? "<stdin>" : path;
  Format format = is_stdin ? Format::kText : FormatForName(path);
  std::string head;
  if (is_stdin) {
    int c;
    while ((c = std::fgetc(f.get())) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {}
    if (c != EOF) {
      head.push_back(static_cast<char>(c));
      format = c == '{' ? Format::kJsonl : c == '<' ? Format::kHtml : Format::kText;
    }
  }
  if (format == Format::kJsonl) {
    if (!head.empty()) {
      // Put the sniffed byte back in front of the stream.
      std::ungetc(static_cast<unsigned char>(head[0]), f.get());
    }
    return ReadJsonl(f.get(), name, on_doc, on_error);
  }
  std::string content = head;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    content.append(buf, n);
    if (content.size() > limits_.max_document_bytes) {
      on_error(LimitExceeded("document exceeds the limit of " + std::to_string(limits_.max_document_bytes) + " bytes")
                   .At(name));
      return Status::Ok();
    }
  }
  if (std::ferror(f.get())) return IoError("read error").At(name);
  Document d;
  d.id = is_stdin ? "stdin" : fs::path(path).filename().string();
  d.origin = name;
  d.content = std::move(content);
  d.is_html = format == Format::kHtml;
  Status s = CheckText(d.content);
  if (!s.ok()) { on_error(s.At(name)); return Status::Ok(); }
  if (d.content.find_first_not_of(" \t\r\n") == std::string::npos) {
    on_error(InvalidInput("empty document").At(name));
    return Status::Ok();
  }
  on_doc(std::move(d));
  return Status::Ok();
}

Status DocumentReader::Read(const std::string& path, const DocumentSink& on_doc, const ErrorSink& on_error) const {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file() && IsInputFile(it->path())) files.push_back(it->path());
    if (ec) return IoError("cannot list directory: " + ec.message()).At(path);
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      Status s = ReadFile(f.string(), on_doc, on_error);
      if (!s.ok()) on_error(s);
    }
    return Status::Ok();
  }
  return ReadFile(path, on_doc, on_error);
}

}  // namespace dyad
