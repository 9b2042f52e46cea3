#include "extract/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace dyad::extract {
namespace {

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_TIME: case GUMBO_TAG_TD:
      return true;
    default:
      return false;
  }
}

// class/id words of page furniture, in the markup's own (English) vocabulary.
bool IsFurnitureAttr(const char* v) {
  static const char* kWords[] = {"share", "social", "related", "cookie", "consent", "banner", "newsletter",
                                 "subscribe", "advert", "promo", "breadcrumb", "navbar", "menu", "comment",
                                 "sidebar", "widget", "popup", "modal", "footer", "recommend", "teaser",
                                 "sponsor", "outbrain", "taboola", "skip-link", "gdpr"};
  std::string s(v);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* w : kWords)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

std::string NodeText(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
    return n->v.text.text;
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) out += NodeText(static_cast<const GumboNode*>(kids.data[i]));
  return out;
}

std::string Collapse(std::string s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Walker {
  std::string_view html;
  Extracted* ex;
  const GumboNode* h1 = nullptr;
  const GumboNode* article = nullptr;
  size_t article_len = 0;
  std::string html_title;

  void Meta(const GumboNode* root) {
    if (root->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = root->v.element;
    if (e.tag == GUMBO_TAG_META) {
      const char* key = Attr(e, "property");
      if (!key) key = Attr(e, "name");
      if (!key) key = Attr(e, "itemprop");
      const char* content = Attr(e, "content");
      if (key && content) {
        std::string k(key);
        if (k == "og:title" && ex->title.empty()) ex->title = Collapse(content);
        if ((k == "article:published_time" || k == "datePublished" || k == "pubdate" || k == "publishdate" ||
             k == "date" || k == "DC.date.issued" || k == "dcterms.created") &&
            ex->published.empty())
          ex->published = content;
      }
    }
    if (e.tag == GUMBO_TAG_TIME && ex->published.empty()) {
      if (const char* dt = Attr(e, "datetime")) ex->published = dt;
    }
    if (e.tag == GUMBO_TAG_TITLE && html_title.empty()) html_title = Collapse(NodeText(root));
    if (e.tag == GUMBO_TAG_H1 && !h1) h1 = root;
    if (e.tag == GUMBO_TAG_ARTICLE || (Attr(e, "itemprop") && std::strcmp(Attr(e, "itemprop"), "articleBody") == 0)) {
      size_t len = NodeText(root).size();
      if (len > article_len) { article = root; article_len = len; }
    }
    for (unsigned i = 0; i < e.children.length; ++i) Meta(static_cast<const GumboNode*>(e.children.data[i]));
  }

  void Newline(uint32_t orig) {
    if (!ex->text.empty() && ex->text.back() != '\n') {
      ex->map.Add(static_cast<uint32_t>(ex->text.size()), orig, 0, 1, false);
      ex->text += '\n';
    }
  }

  void Text(const GumboNode* n) {
    const GumboText& t = n->v.text;
    std::string_view dec(t.text);
    if (dec.empty()) return;
    uint32_t at = static_cast<uint32_t>(ex->text.size());
    uint32_t base = static_cast<uint32_t>(t.start_pos.offset);
    std::string_view orig(t.original_text.data, t.original_text.length);
    if (base + orig.size() > html.size()) orig = {};
    AlignPieces(orig, dec, at, base);
    for (char c : dec) ex->text += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;  // same length keeps the map
  }

  // Maps decoded text to its source piece by piece: byte-exact runs between
  // entities, and one inexact piece per entity ("&amp;" -> "&").
  void AlignPieces(std::string_view orig, std::string_view dec, uint32_t at, uint32_t base) {
    size_t i = 0, j = 0, run_i = 0, run_j = 0;
    auto close_run = [&]() {
      if (j > run_j) ex->map.Add(at + run_j, base + run_i, i - run_i, j - run_j, true);
    };
    while (i < orig.size() && j < dec.size()) {
      if (orig[i] == dec[j] && orig[i] != '&') { ++i; ++j; continue; }
      close_run();
      size_t k = i + 1;
      if (orig[i] == '&') {
        while (k < orig.size() && k - i < 32 && (std::isalnum(static_cast<unsigned char>(orig[k])) || orig[k] == '#')) ++k;
        if (k < orig.size() && orig[k] == ';') ++k;
      }
      // Resynchronise: the decoded text goes on with what follows the entity.
      std::string_view rest = orig.substr(k, 8);
      size_t j2 = std::string_view::npos;
      for (size_t cand = j + 1; cand <= dec.size() && cand <= j + 8; ++cand)
        if (dec.substr(cand, rest.size()) == rest) { j2 = cand; break; }
      if (j2 == std::string_view::npos) break;
      ex->map.Add(at + static_cast<uint32_t>(j), base + static_cast<uint32_t>(i), static_cast<uint32_t>(k - i),
                  static_cast<uint32_t>(j2 - j), false);
      i = run_i = k;
      j = run_j = j2;
    }
    if (i == orig.size() && j == dec.size()) { close_run(); return; }
    close_run();
    // Could not align the rest (e.g. CR/LF normalisation): one inexact piece.
    if (j < dec.size())
      ex->map.Add(at + static_cast<uint32_t>(j), base + static_cast<uint32_t>(i),
                  static_cast<uint32_t>(orig.size() - std::min(i, orig.size())), static_cast<uint32_t>(dec.size() - j), false);
  }

  void Walk(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) { Text(n); return; }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      if (!ex->text.empty() && ex->text.back() != ' ' && ex->text.back() != '\n') Text(n);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector* kids = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      if (IsSkippedTag(e.tag)) return;
      for (const char* a : {"class", "id", "role"}) {
        const char* v = Attr(e, a);
        if (v && IsFurnitureAttr(v)) return;
      }
      if (IsBlockTag(e.tag)) Newline(static_cast<uint32_t>(e.start_pos.offset));
    }
    for (unsigned i = 0; i < kids->length; ++i) Walk(static_cast<const GumboNode*>(kids->data[i]));
    if (n->type == GUMBO_NODE_ELEMENT && IsBlockTag(n->v.element.tag))
      Newline(static_cast<uint32_t>(n->v.element.end_pos.offset));
  }
};

}  // namespace

Result<Extracted> ExtractHtml(std::string_view html) {
  if (html.size() > (1u << 31)) return LimitExceeded("HTML document too large");
  Extracted ex;
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 100;  // parse errors are normal on the web; do not collect thousands
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (!out) return InvalidInput("HTML parser failed");
  Walker w{html, &ex, nullptr, nullptr, 0, {}};
  w.Meta(out->root);
  if (ex.title.empty() && w.h1) ex.title = Collapse(NodeText(w.h1));
  if (ex.title.empty()) ex.title = w.html_title;
  // The headline comes first when the article element does not contain it.
  if (w.article) {
    if (w.h1 && NodeText(w.article).find(NodeText(w.h1)) == std::string::npos) w.Walk(w.h1);
    w.Walk(w.article);
  } else {
    w.Walk(out->document);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return ex;
}

}  // namespace dyad::extract
