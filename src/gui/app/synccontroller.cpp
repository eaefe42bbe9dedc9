#include "synccontroller.h"
