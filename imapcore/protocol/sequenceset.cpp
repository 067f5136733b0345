#include "sequenceset.h"

namespace ImapCore {

// Placeholder until CommandBuilder's helper lands.
SequenceSet SequenceSet::fromNumbers(QList<quint32>) { return {}; }
SequenceSet SequenceSet::fromRange(quint32, quint32) { return {}; }
std::optional<SequenceSet> SequenceSet::parse(QByteArrayView) { return std::nullopt; }
void SequenceSet::add(quint32) { }
void SequenceSet::addRange(quint32, quint32) { }
bool SequenceSet::contains(quint32) const { return false; }
quint64 SequenceSet::count() const { return 0; }
QList<quint32> SequenceSet::toNumbers() const { return {}; }
QByteArray SequenceSet::toByteArray() const { return {}; }

} // namespace ImapCore
