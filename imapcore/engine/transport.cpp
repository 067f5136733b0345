#include "engine/transport.h"

namespace ImapCore {

Transport::~Transport() = default;

} // namespace ImapCore
