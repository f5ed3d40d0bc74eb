#include "extract/pdf/xref_repair.hpp"

#include <cctype>
#include <cstdio>
#include <map>
#include <optional>

#include "extract/pdf/content_lexer.hpp"

namespace unxref::pdf {
namespace {

constexpr unsigned long kMaxObjectNumber = 8'388'607;  // the PDF limit

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number ending just before `end` (skipping white space first); sets
// `start` to its first digit.
std::optional<unsigned long> number_before(std::string_view s, std::size_t end, std::size_t& start) {
  std::size_t i = end;
  while (i > 0 && is_pdf_space(static_cast<unsigned char>(s[i - 1]))) --i;
  const std::size_t digits_end = i;
  while (i > 0 && is_digit(s[i - 1]) && digits_end - i < 10) --i;
  if (i == digits_end) return std::nullopt;
  start = i;
  return std::stoul(std::string(s.substr(i, digits_end - i)));
}

struct Ref {
  unsigned long num = 0, gen = 0;
};

// "/Key N G R" inside `dict`.
std::optional<Ref> ref_after(std::string_view dict, std::string_view key) {
  std::size_t at = dict.find(key);
  while (at != std::string_view::npos) {
    std::size_t i = at + key.size();
    if (i < dict.size() && !is_pdf_space(static_cast<unsigned char>(dict[i])) &&
        !is_pdf_delimiter(static_cast<unsigned char>(dict[i]))) {
      at = dict.find(key, i);  // "/Root" must not match "/Rootless"
      continue;
    }
    unsigned long v[2];
    for (unsigned long& n : v) {
      while (i < dict.size() && is_pdf_space(static_cast<unsigned char>(dict[i]))) ++i;
      const std::size_t b = i;
      while (i < dict.size() && is_digit(dict[i]) && i - b < 10) ++i;
      if (b == i) return std::nullopt;
      n = std::stoul(std::string(dict.substr(b, i - b)));
    }
    while (i < dict.size() && is_pdf_space(static_cast<unsigned char>(dict[i]))) ++i;
    if (i < dict.size() && dict[i] == 'R') return Ref{v[0], v[1]};
    return std::nullopt;
  }
  return std::nullopt;
}

// The /ID array of a trailer, copied as written.
std::string id_array(std::string_view dict) {
  const std::size_t at = dict.find("/ID");
  if (at == std::string_view::npos) return {};
  const std::size_t open = dict.find('[', at);
  const std::size_t close = dict.find(']', open == std::string_view::npos ? at : open);
  if (open == std::string_view::npos || close == std::string_view::npos || open > at + 8) return {};
  return std::string(dict.substr(open, close - open + 1));
}

bool is_catalog(std::string_view body) {
  for (std::string_view t : {"/Type/Catalog", "/Type /Catalog", "/Type\n/Catalog", "/Type\r\n/Catalog"}) {
    const std::size_t at = body.find(t);
    if (at != std::string_view::npos) {
      const std::size_t after = at + t.size();
      if (after >= body.size() || !std::isalnum(static_cast<unsigned char>(body[after]))) return true;
    }
  }
  return false;
}

}  // namespace

std::string_view skip_leading_junk(std::string_view pdf) {
  const std::size_t header = pdf.substr(0, 4096).find("%PDF-");
  return header == std::string_view::npos ? pdf : pdf.substr(header);
}

std::string rebuild_xref(std::string_view pdf) {
  struct Found {
    std::size_t offset = 0;
    unsigned long gen = 0;
  };
  std::map<unsigned long, Found> objects;  // later definitions win, as in incremental updates
  std::optional<Ref> catalog;
  for (std::size_t at = pdf.find("obj"); at != std::string_view::npos; at = pdf.find("obj", at + 3)) {
    // "N G obj", not "endobj" and not "objstm".
    if (at > 0 && !is_pdf_space(static_cast<unsigned char>(pdf[at - 1]))) continue;
    const std::size_t after = at + 3;
    if (after < pdf.size() && !is_pdf_space(static_cast<unsigned char>(pdf[after])) &&
        !is_pdf_delimiter(static_cast<unsigned char>(pdf[after])))
      continue;
    std::size_t gen_start = 0, num_start = 0;
    const auto gen = number_before(pdf, at, gen_start);
    if (!gen) continue;
    const auto num = number_before(pdf, gen_start, num_start);
    if (!num || *num == 0 || *num > kMaxObjectNumber || *gen > 65535) continue;
    if (num_start > 0 && !is_pdf_space(static_cast<unsigned char>(pdf[num_start - 1])) &&
        !is_pdf_delimiter(static_cast<unsigned char>(pdf[num_start - 1])))
      continue;
    objects[*num] = {num_start, *gen};
    const std::size_t end = pdf.find("endobj", after);
    const std::string_view body = pdf.substr(after, (end == std::string_view::npos ? pdf.size() : end) - after);
    if (is_catalog(body.substr(0, 4096))) catalog = Ref{*num, *gen};
  }

  // The last trailer still readable names the catalog, /Info and /Encrypt.
  std::string_view trailer;
  if (const std::size_t t = pdf.rfind("trailer"); t != std::string_view::npos) {
    const std::size_t close = pdf.find(">>", t);
    trailer = pdf.substr(t, (close == std::string_view::npos ? pdf.size() : close + 2) - t);
  }
  if (auto root = ref_after(trailer, "/Root"); root && objects.count(root->num)) catalog = root;
  if (objects.empty() || !catalog) return {};

  std::string out(pdf);
  out += "\n";
  const std::size_t xref_offset = out.size();
  out += "xref\n0 1\n0000000000 65535 f \n";
  char line[32];
  for (auto it = objects.begin(); it != objects.end();) {
    auto run_end = it;
    unsigned long next = it->first;
    while (run_end != objects.end() && run_end->first == next) {
      ++run_end;
      ++next;
    }
    out += std::to_string(it->first) + " " + std::to_string(next - it->first) + "\n";
    for (; it != run_end; ++it) {
      std::snprintf(line, sizeof line, "%010zu %05lu n \n", it->second.offset, it->second.gen);
      out += line;
    }
  }
  out += "trailer\n<< /Size " + std::to_string(objects.rbegin()->first + 1) + " /Root " +
         std::to_string(catalog->num) + " " + std::to_string(catalog->gen) + " R";
  for (std::string_view key : {"/Info", "/Encrypt"}) {
    if (auto r = ref_after(trailer, key); r && objects.count(r->num))
      out += " " + std::string(key) + " " + std::to_string(r->num) + " " + std::to_string(r->gen) + " R";
  }
  if (const std::string id = id_array(trailer); !id.empty()) out += " /ID " + id;
  out += " >>\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace unxref::pdf
