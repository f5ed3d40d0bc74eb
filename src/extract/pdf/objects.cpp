#include "extract/pdf/objects.hpp"

#include <podofo/podofo.h>

namespace unxref::pdf {
namespace {

// Past the budget it throws a PdfError, not StreamTooLarge: PoDoFo 0.9.8's
// GetFilteredCopy frees its chain of decoders on a PdfError only, and any
// other exception through it leaks the chain (found by fuzz_extract_pdf).
class CappedStringStream : public PoDoFo::PdfOutputStream {
 public:
  CappedStringStream(std::string& out, std::size_t max_bytes) : out_(out), max_(max_bytes) {}
  PoDoFo::pdf_long Write(const char* data, PoDoFo::pdf_long len) override {
    if (len < 0) return 0;
    if (out_.size() + static_cast<std::size_t>(len) > max_) {
      over_budget_ = true;
      PODOFO_RAISE_ERROR(PoDoFo::ePdfError_ValueOutOfRange);
    }
    out_.append(data, static_cast<std::size_t>(len));
    return len;
  }
  void Close() override {}
  bool over_budget() const { return over_budget_; }

 private:
  std::string& out_;
  std::size_t max_;
  bool over_budget_ = false;
};

}  // namespace

const PoDoFo::PdfObject* resolve(const PoDoFo::PdfVecObjects& objects, const PoDoFo::PdfObject* obj) {
  for (int hops = 0; obj && obj->IsReference(); ++hops) {
    if (hops == 8) return nullptr;  // a cycle of references
    obj = objects.GetObject(obj->GetReference());
  }
  return obj;
}

const PoDoFo::PdfObject* Objects::get(const PoDoFo::PdfObject* dict, const char* key) const {
  dict = resolve(dict);
  if (!dict || !dict->IsDictionary()) return nullptr;
  return resolve(dict->GetDictionary().GetKey(PoDoFo::PdfName(key)));
}

std::optional<double> Objects::number(const PoDoFo::PdfObject* obj) const {
  obj = resolve(obj);
  if (!obj) return std::nullopt;
  if (obj->IsReal()) return obj->GetReal();
  if (obj->IsNumber()) return static_cast<double>(obj->GetNumber());
  return std::nullopt;
}

std::string_view Objects::name(const PoDoFo::PdfObject* obj) const {
  obj = resolve(obj);
  if (!obj || !obj->IsName()) return {};
  return obj->GetName().GetName();
}

void append_decoded_stream(const PoDoFo::PdfObject& obj, std::size_t max_bytes, std::string& out) {
  if (!obj.HasStream()) return;
  // Content streams, forms and CMaps are compressed with the general
  // filters only; an image codec there is damage, refused before PoDoFo
  // 0.9.8 starts a decoder for it (it leaks a CCITT one when it refuses).
  for (const PoDoFo::EPdfFilter f : PoDoFo::PdfFilterFactory::CreateFilterList(&obj))
    if (f != PoDoFo::ePdfFilter_ASCIIHexDecode && f != PoDoFo::ePdfFilter_ASCII85Decode &&
        f != PoDoFo::ePdfFilter_LZWDecode && f != PoDoFo::ePdfFilter_FlateDecode &&
        f != PoDoFo::ePdfFilter_RunLengthDecode)
      PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_UnsupportedFilter, "an image codec on a stream of text");
  CappedStringStream sink(out, max_bytes);
  try {
    obj.GetStream()->GetFilteredCopy(&sink);
  } catch (const PoDoFo::PdfError&) {
    if (sink.over_budget()) throw StreamTooLarge("a stream decodes to more than " + std::to_string(max_bytes) + " bytes");
    throw;
  }
}

std::string describe(const PoDoFo::PdfError& error) {
  // The name and PoDoFo's message for it; the call-stack notes are for
  // PoDoFo's developers ("Handler fixes issue #49") and would confuse users.
  std::string text = PoDoFo::PdfError::ErrorName(error.GetError());
  if (text.rfind("ePdfError_", 0) == 0) text.erase(0, 10);
  const char* message = PoDoFo::PdfError::ErrorMessage(error.GetError());
  if (message && *message) text += std::string(" (") + message + ")";
  return text;
}

}  // namespace unxref::pdf
