#pragma once
// DrawModel -> DOT text.
#include <string>

#include "render/model.hpp"

namespace unxref::rendering {

std::string write_dot(const DrawModel& model);

}  // namespace unxref::rendering
