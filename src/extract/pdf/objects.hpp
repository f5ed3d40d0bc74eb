#pragma once
// Reading PoDoFo objects defensively: references followed with a hop limit,
// wrong types answered with "absent" instead of exceptions, and stream
// decoding capped at a byte budget.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
class PdfError;
}  // namespace PoDoFo

namespace unxref::pdf {

// Follows references (a chain of them at most a few deep); nullptr for
// dangling ones.
const PoDoFo::PdfObject* resolve(const PoDoFo::PdfVecObjects& objects, const PoDoFo::PdfObject* obj);

class Objects {
 public:
  explicit Objects(const PoDoFo::PdfVecObjects& objects) : objects_(objects) {}
  const PoDoFo::PdfObject* resolve(const PoDoFo::PdfObject* obj) const { return pdf::resolve(objects_, obj); }
  // dict[key] resolved; nullptr when `dict` is no dictionary or lacks the key.
  const PoDoFo::PdfObject* get(const PoDoFo::PdfObject* dict, const char* key) const;
  std::optional<double> number(const PoDoFo::PdfObject* obj) const;
  std::string_view name(const PoDoFo::PdfObject* obj) const;  // "" unless a name

 private:
  const PoDoFo::PdfVecObjects& objects_;
};

// Thrown when a stream decodes to more than the budget.
class StreamTooLarge : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The decoded (filtered) bytes of a stream object, appended to `out`, at
// most `max_bytes` in total. Throws StreamTooLarge past the budget and
// PoDoFo::PdfError on damaged data.
void append_decoded_stream(const PoDoFo::PdfObject& obj, std::size_t max_bytes, std::string& out);

// "ePdfError_Flate: <information>" style text for a PoDoFo error.
std::string describe(const PoDoFo::PdfError& error);

}  // namespace unxref::pdf
