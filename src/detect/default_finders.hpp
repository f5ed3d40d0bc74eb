#pragma once
// The finders every Detector runs, in priority order of ownership.
#include <memory>
#include <vector>

#include "detect/finder.hpp"

namespace unxref::detect {

std::vector<std::unique_ptr<Finder>> make_default_finders(const DetectorOptions& options);

}  // namespace unxref::detect
