#pragma once
// CMap programs: the ToUnicode maps of fonts (codes -> Unicode) and embedded
// encoding CMaps of Type0 fonts (codes -> CIDs), with their codespace ranges.
// Our own parser because PoDoFo's keeps one UTF-16 unit per code, which turns
// ligatures into U+FFFF and cannot express characters beyond the BMP.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace unxref::pdf {

class CMap {
 public:
  // Never throws; tolerates junk and stops at kMaxEntries mappings.
  static CMap parse(std::string_view program);

  // Bytes taken by the code starting at bytes[pos] (1..4), by the codespace
  // ranges; `fallback` when there are none or none matches.
  int code_length(std::string_view bytes, std::size_t pos, int fallback) const;

  // UTF-8 text of a code (bfchar/bfrange), nullopt when the map says nothing.
  std::optional<std::string> unicode(std::uint32_t code) const;

  // CID of a code (cidchar/cidrange), nullopt when unmapped.
  std::optional<std::uint32_t> cid(std::uint32_t code) const;

  bool has_codespace() const { return !codespaces_.empty(); }
  bool has_unicode() const { return !bf_chars_.empty() || !bf_ranges_.empty(); }
  bool has_cids() const { return !cid_chars_.empty() || !cid_ranges_.empty(); }
  const std::string& parent() const { return usecmap_; }  // from "usecmap", or ""
  bool vertical() const { return vertical_; }

  static constexpr std::size_t kMaxEntries = 1u << 20;

 private:
  struct Codespace {
    int length = 1;
    unsigned char lo[4] = {}, hi[4] = {};
  };
  struct BfRange {
    std::uint32_t lo = 0, hi = 0;
    std::string start;                // UTF-16BE of `lo`, last unit counts up; or
    std::vector<std::string> values;  // UTF-16BE per code (array form)
  };
  struct CidRange {
    std::uint32_t lo = 0, hi = 0, cid = 0;
  };

  std::vector<Codespace> codespaces_;
  std::unordered_map<std::uint32_t, std::string> bf_chars_;  // UTF-8
  std::vector<BfRange> bf_ranges_;
  std::unordered_map<std::uint32_t, std::uint32_t> cid_chars_;
  std::vector<CidRange> cid_ranges_;
  std::string usecmap_;
  bool vertical_ = false;
};

// Big-endian integer value of up to four code bytes.
std::uint32_t code_value(std::string_view bytes);

}  // namespace unxref::pdf
