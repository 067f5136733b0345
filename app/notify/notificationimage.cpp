#include "notificationimage.h"

#include <QDBusArgument>
#include <QDBusMetaType>

void NotificationImage::registerDBusType()
{
    qDBusRegisterMetaType<NotificationImage>();
}

QDBusArgument &operator<<(QDBusArgument &argument, const NotificationImage &image)
{
    const QImage rgba = image.image.convertToFormat(QImage::Format_RGBA8888);
    argument.beginStructure();
    argument << rgba.width() << rgba.height() << int(rgba.bytesPerLine()) << true << 8 << 4
             << QByteArray(reinterpret_cast<const char *>(rgba.constBits()),
                           qsizetype(rgba.sizeInBytes()));
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, NotificationImage &image)
{
    int width = 0, height = 0, rowStride = 0, bitsPerSample = 0, channels = 0;
    bool hasAlpha = false;
    QByteArray data;
    argument.beginStructure();
    argument >> width >> height >> rowStride >> hasAlpha >> bitsPerSample >> channels >> data;
    argument.endStructure();
    image.image = QImage();
    // Only what we send (8-bit RGBA) and only when the bytes are all there.
    if (width <= 0 || height <= 0 || bitsPerSample != 8 || channels != 4 || !hasAlpha
        || rowStride < width * 4 || data.size() < qsizetype(rowStride) * height)
        return argument;
    image.image = QImage(reinterpret_cast<const uchar *>(data.constData()), width, height,
                         rowStride, QImage::Format_RGBA8888)
                      .copy();
    return argument;
}
