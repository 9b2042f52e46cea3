#include "dyad/reader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "read/byte_source.h"
#include "text/utf8.h"

namespace dyad {
namespace fs = std::filesystem;

namespace {

enum class Format { kText, kHtml, kJsonl, kWarc };

// By extension, under a compression suffix: "feed.jsonl.gz" is JSONL.
Format FormatForName(const std::string& path) {
  fs::path p(path);
  std::string ext = p.extension().string();
  if (ext == ".gz" || ext == ".zst") ext = p.stem().extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  if (ext == ".warc") return Format::kWarc;
  return Format::kText;
}

bool IsInputFile(const fs::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".gz" || ext == ".zst") ext = p.stem().extension().string();
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".ndjson" || ext == ".warc";
}

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

Status DocumentReader::ReadJsonl(read::LineReader& lines, const std::string& name, const DocumentSink& on_doc,
                                 const ErrorSink& on_error, std::string* first) const {
  std::string line;
  bool too_long = false;
  long number = 0;
  while (first || lines.Next(&line, &too_long)) {
    if (first) { line = std::move(*first); first = nullptr; }
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
  return Status::Ok();
}

// Records "WARC/1.x" + headers + Content-Length bytes; "response" records
// carrying an HTTP response become HTML documents.
Status DocumentReader::ReadWarc(read::LineReader& lines, const std::string& name, const DocumentSink& on_doc,
                                const ErrorSink& on_error) const {
  std::string line, block;
  bool too_long = false;
  long record = 0;
  while (lines.Next(&line, &too_long)) {
    if (too_long) return InvalidInput("WARC header line too long").At(name, record + 1);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;  // the blank lines between records
    if (line.rfind("WARC/", 0) != 0)
      return InvalidInput("not a WARC record: " + QuoteBytes(line)).At(name, record + 1);
    ++record;
    std::string type, uri, date, id;
    long long length = -1;
    while (lines.Next(&line, &too_long) && !too_long) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) break;
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string key = line.substr(0, colon), value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(" \t"));
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (key == "warc-type") type = value;
      else if (key == "warc-target-uri") uri = value;
      else if (key == "warc-date") date = value;
      else if (key == "warc-record-id") id = value;
      else if (key == "content-length") length = std::atoll(value.c_str());
    }
    if (length < 0) return InvalidInput("WARC record without Content-Length").At(name, record);
    size_t keep = type == "response" ? limits_.max_document_bytes + 65536 : 0;
    size_t got = lines.ReadBytes(static_cast<size_t>(length), &block, keep);
    if (got < static_cast<size_t>(length))
      return InvalidInput("truncated WARC record " + std::to_string(record) + " (" + std::to_string(got) + " of " +
                          std::to_string(length) + " bytes)")
          .At(name, record);
    if (type != "response") continue;
    if (block.size() < static_cast<size_t>(length)) {
      on_error(LimitExceeded("WARC response of " + std::to_string(length) + " bytes exceeds the document limit")
                   .At(name, record, uri));
      continue;
    }
    // HTTP status line and headers, then the body.
    size_t body = block.find("\r\n\r\n");
    size_t skip = 4;
    if (body == std::string::npos) { body = block.find("\n\n"); skip = 2; }
    if (block.rfind("HTTP/", 0) != 0 || body == std::string::npos) continue;
    std::string headers = block.substr(0, body);
    for (char& c : headers) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t ct = headers.find("content-type:");
    if (ct != std::string::npos) {
      size_t eol = headers.find('\n', ct);
      std::string value = headers.substr(ct, eol == std::string::npos ? std::string::npos : eol - ct);
      if (value.find("html") == std::string::npos) continue;  // images, PDFs, scripts: not articles
    }
    Document d;
    d.id = id.empty() ? uri : id;
    d.url = uri;
    d.crawled = date;
    d.origin = name + ":record " + std::to_string(record);
    d.content = block.substr(body + skip);
    d.is_html = true;
    Status s = CheckText(d.content);
    if (!s.ok()) { on_error(s.At(name, record, uri)); continue; }
    on_doc(std::move(d));
  }
  return Status::Ok();
}

Status DocumentReader::ReadFile(const std::string& path, const DocumentSink& emit, const ErrorSink& on_error) const {
  bool is_stdin = path == "-";
  std::string name = is_stdin ? "<stdin>" : path;
  std::string open_error;
  std::unique_ptr<read::ByteSource> src = read::OpenSource(path, &open_error);
  if (!src) return IoError(open_error).At(name);
  // Progress: the bytes of the file read by the time each document is handed on.
  const uint64_t before = input_bytes_read_;
  const DocumentSink on_doc = [&](Document&& d) {
    input_bytes_read_ = before + src->consumed();
    emit(std::move(d));
  };
  struct AtEnd {
    const DocumentReader* reader;
    uint64_t before;
    const read::ByteSource* src;
    ~AtEnd() { reader->input_bytes_read_ = before + src->consumed(); }
  } at_end{this, before, src.get()};
  Format format = is_stdin ? Format::kText : FormatForName(path);
  // A record may carry some JSON escaping overhead beyond the document limit.
  read::LineReader lines(src.get(), limits_.max_document_bytes + limits_.max_document_bytes / 2 + 4096);
  std::string first;
  bool too_long = false, have_first = false;
  if (is_stdin) {
    // Sniff the format from the first line: '{' JSONL, '<' HTML, else text.
    have_first = lines.Next(&first, &too_long) && !too_long;
    size_t c = first.find_first_not_of(" \t\r");
    if (c != std::string::npos) format = first[c] == '{' ? Format::kJsonl : first[c] == '<' ? Format::kHtml : Format::kText;
  }
  Status status;
  if (format == Format::kJsonl) {
    status = ReadJsonl(lines, name, on_doc, on_error, have_first ? &first : nullptr);
  } else if (format == Format::kWarc) {
    status = ReadWarc(lines, name, on_doc, on_error);
  } else {
    Document d;
    d.content = have_first ? first + "\n" : "";
    std::string rest;
    size_t limit = limits_.max_document_bytes;
    size_t got = lines.ReadBytes(limit + 1, &rest, limit + 1);
    d.content += rest;
    if (got > limit || d.content.size() > limit) {
      on_error(LimitExceeded("document exceeds the limit of " + std::to_string(limit) + " bytes").At(name));
      return Status::Ok();
    }
    if (!src->error().empty()) { on_error(IoError(src->error()).At(name)); return Status::Ok(); }
    d.id = is_stdin ? "stdin" : fs::path(path).filename().string();
    d.origin = name;
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
  if (!status.ok()) { on_error(status); return Status::Ok(); }
  // A truncated or corrupt archive: what came before it was read; say where it broke.
  if (!src->error().empty()) on_error(IoError(src->error()).At(name));
  return Status::Ok();
}

// The input files of a folder, in the order they are read.
Status ListInputFiles(const std::string& folder, std::vector<fs::path>* files) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file() && IsInputFile(it->path())) files->push_back(it->path());
  if (ec) return IoError("cannot list directory: " + ec.message()).At(folder);
  std::sort(files->begin(), files->end());
  return Status::Ok();
}

uint64_t DocumentReader::InputSize(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    std::vector<fs::path> files;
    if (fs::is_directory(path, ec)) (void)ListInputFiles(path, &files);
    else files.push_back(path);
    for (const auto& f : files) {
      uintmax_t size = fs::file_size(f, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

Status DocumentReader::Read(const std::string& path, const DocumentSink& on_doc, const ErrorSink& on_error) const {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    DYAD_RETURN_IF_ERROR(ListInputFiles(path, &files));
    for (const auto& f : files) {
      Status s = ReadFile(f.string(), on_doc, on_error);
      if (!s.ok()) on_error(s);
    }
    return Status::Ok();
  }
  return ReadFile(path, on_doc, on_error);
}

}  // namespace dyad
