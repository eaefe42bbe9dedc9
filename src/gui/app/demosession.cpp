#include "demosession.h"
