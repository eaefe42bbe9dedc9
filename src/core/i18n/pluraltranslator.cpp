#include "pluraltranslator.h"

#include <QCoreApplication>
#include <QTranslator>

namespace PluralTranslator {

QString resourcePath()
{
    return QStringLiteral(":/i18n/vppdesk_en.qm");
}

bool install(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(resourcePath()) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace PluralTranslator
