#pragma once
// Affine 2-D transforms in PDF's row-vector convention: a point [x y 1]
// times [a b 0; c d 0; e f 1]. Products read left to right in the order the
// transforms apply, as in the PDF specification (Trm = Tfs·Tm·CTM).
#include <cmath>

namespace unxref::pdf {

struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

  // this, then `rhs`.
  Matrix operator*(const Matrix& rhs) const {
    return {a * rhs.a + b * rhs.c,         a * rhs.b + b * rhs.d,
            c * rhs.a + d * rhs.c,         c * rhs.b + d * rhs.d,
            e * rhs.a + f * rhs.c + rhs.e, e * rhs.b + f * rhs.d + rhs.f};
  }
  void apply(double x, double y, double& ox, double& oy) const {
    ox = x * a + y * c + e;
    oy = x * b + y * d + f;
  }
  static Matrix translate(double tx, double ty) { return {1, 0, 0, 1, tx, ty}; }
  bool finite() const {
    return std::isfinite(a) && std::isfinite(b) && std::isfinite(c) && std::isfinite(d) &&
           std::isfinite(e) && std::isfinite(f);
  }
};

}  // namespace unxref::pdf
