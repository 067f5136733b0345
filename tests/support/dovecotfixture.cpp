#include "dovecotfixture.h"
