#include "syncworker.h"
