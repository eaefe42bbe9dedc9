#include "consolefixture.h"
