#pragma once

#include <QImage>
#include <QMetaType>

class QDBusArgument;

// An image as the Desktop Notifications spec's "image-data" hint carries it: the D-Bus struct
// (iiibiiay) of width, height, rowstride, has_alpha, bits_per_sample, channels and RGBA bytes.
// Call registerDBusType() once before sending or receiving one.
struct NotificationImage
{
    QImage image; // any format; sent as RGBA8888

    static void registerDBusType();
};
Q_DECLARE_METATYPE(NotificationImage)

QDBusArgument &operator<<(QDBusArgument &argument, const NotificationImage &image);
const QDBusArgument &operator>>(const QDBusArgument &argument, NotificationImage &image);
