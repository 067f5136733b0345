#include "headerdecoding.h"
