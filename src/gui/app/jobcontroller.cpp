#include "jobcontroller.h"
