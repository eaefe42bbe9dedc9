// The English plural forms: Qt's %n strings ("%n day(s)") need a translation even in English,
// or they print their source form. Both programs and the tests install this translator first.
#pragma once

#include <QString>

class QCoreApplication;

namespace PluralTranslator {

// Resource path of the compiled English plural forms (translations/vppdesk_en.ts).
QString resourcePath();

// Loads the English plural forms and installs them on app (which owns the translator).
// Install it before any locale translator, so that one is searched first. Returns false if the
// resource is missing, which leaves the "(s)" source forms.
bool install(QCoreApplication &app);

} // namespace PluralTranslator
