#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ImapCore {

// The bytes v, which lie inside owner's buffer, as a QByteArray that shares that buffer (one
// more reference to it) instead of copying them. The result keeps the whole buffer alive while
// it lives and is not NUL-terminated at its end (read it through its size, as Qt does); writing
// to it detaches as usual. A raw-data owner (fromRawData) has no reference count: v is copied.
inline QByteArray sharedBytes(const QByteArray &owner, QByteArrayView v)
{
    // Copying the data pointer only adds a reference; owner itself is not changed.
    QByteArray::DataPointer slice(const_cast<QByteArray &>(owner).data_ptr());
    if (!slice.isMutable() || v.isEmpty())
        return v.toByteArray();
    slice.setBegin(const_cast<char *>(v.data()));
    slice.size = v.size();
    return QByteArray(std::move(slice));
}

} // namespace ImapCore
