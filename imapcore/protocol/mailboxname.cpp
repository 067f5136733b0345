#include "mailboxname.h"
