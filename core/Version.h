#pragma once
#include "core/VersionInfo.h"
