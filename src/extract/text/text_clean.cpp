#include "extract/text/text_clean.hpp"

#include <cstddef>
#include <cstdint>
#include "unxref/core/utf8.hpp"

namespace unxref::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// `map` gets, for each byte written, the offset in `bytes` of its code unit.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian, std::size_t& bad, OffsetMap& map) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> std::uint16_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? static_cast<std::uint16_t>(a << 8 | b) : static_cast<std::uint16_t>(b << 8 | a);
  };
  const auto from = [&](std::size_t written, std::size_t i) {
    for (std::size_t b = written; b < out.size(); ++b)
      map.push_standing(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i));
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const std::size_t written = out.size();
    const std::uint16_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint16_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (v - 0xDC00));
        from(written, i);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      out += kReplacement;
      ++bad;
    } else {
      append_utf8(out, u);
    }
    from(written, i);
  }
  if (i < bytes.size()) {  // odd trailing byte
    const std::size_t written = out.size();
    out += kReplacement;
    ++bad;
    from(written, i);
  }
  map.finish(static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(bytes.size()));
  return out;
}

}  // namespace

std::string clean_text_bytes(std::string_view bytes, std::vector<std::string>& warnings, OffsetMap* to_file) {
  std::size_t bad = 0, nuls = 0;
  std::string decoded;
  OffsetMap from_decoded;  // UTF-16 only: decoded byte -> file byte
  std::size_t skipped = 0;  // bytes of a BOM
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    skipped = 3;
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const bool big_endian = bytes[0] == '\xFE';
    decoded = utf16_to_utf8(bytes.substr(2), big_endian, bad, from_decoded);
    bytes = decoded;
    skipped = 2;
  }
  const bool utf16 = !from_decoded.empty();
  const auto file_of = [&](std::size_t i) {
    return static_cast<std::uint32_t>(skipped + (utf16 ? from_decoded.to_original(i) : i));
  };

  std::string out;
  out.reserve(bytes.size());
  // The bytes written since `written` stand for the `consumed` bytes at
  // `i`. A copy keeps the offset between input and output, and then needs
  // no new run: only a change of that offset (a CRLF, a removed NUL, a
  // replaced byte, a UTF-16 file) is recorded.
  std::ptrdiff_t shift = PTRDIFF_MIN;  // output offset minus input offset of the current run
  const auto mark = [&](std::size_t written, std::size_t i, std::size_t consumed) {
    if (!to_file) return;
    const std::size_t n = out.size() - written;
    const auto here = static_cast<std::ptrdiff_t>(written) - static_cast<std::ptrdiff_t>(i);
    if (!utf16 && n == consumed) {
      if (here != shift) to_file->push(static_cast<std::uint32_t>(written), file_of(i));
      shift = here;
      return;
    }
    for (std::size_t b = written; b < out.size(); ++b) {
      if (utf16) {
        to_file->push_standing(static_cast<std::uint32_t>(b), file_of(i));
      } else {
        to_file->push(static_cast<std::uint32_t>(b), file_of(i));
      }
    }
    shift = PTRDIFF_MIN;  // what follows starts a run of its own
  };
  for (std::size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    const auto uc = static_cast<unsigned char>(c);
    const std::size_t written = out.size();
    if (uc >= 0x80) {
      const std::size_t len = well_formed_length(bytes, i);
      if (len == 0) {
        out += kReplacement;
        ++bad;
        mark(written, i, 1);
        ++i;  // resynchronise on the next byte, one U+FFFD per bad byte
      } else {
        out.append(bytes.substr(i, len));
        if (utf16) {
          for (std::size_t b = 0; b < len && to_file; ++b)
            to_file->push_standing(static_cast<std::uint32_t>(written + b), file_of(i + b));
        } else {
          mark(written, i, len);
        }
        i += len;
      }
      continue;
    }
    const std::size_t at = i++;
    if (c == '\0') {
      ++nuls;
    } else if (c == '\r') {
      out += '\n';
      if (i < bytes.size() && bytes[i] == '\n') ++i;
    } else if (uc < 0x20 && c != '\n' && c != '\t' && c != '\f') {
      out += ' ';
    } else if (uc == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
    mark(written, at, i - at);
  }
  if (to_file) to_file->finish(static_cast<std::uint32_t>(out.size()), file_of(bytes.size()));
  if (bad) warnings.push_back("replaced " + std::to_string(bad) + " invalid UTF-8/UTF-16 sequence(s) with U+FFFD");
  if (nuls) warnings.push_back("removed " + std::to_string(nuls) + " NUL byte(s)");
  return out;
}

}  // namespace unxref::text
