#include "core/SigningRole.h"

#include "CatchQt.h"

#include <QSet>

using namespace kyso;

TEST_CASE("roles: names round-trip, nothing else parses, only the personal role needs no agency certificate", "[SigningRole]")
{
    const QList<SigningRole> all = {SigningRole::Personal, SigningRole::Agency, SigningRole::Attachment, SigningRole::Copy};
    QStringList names;
    for (SigningRole r : all) {
        names << QLatin1String(roleName(r));
        SigningRole back = r == SigningRole::Copy ? SigningRole::Personal : SigningRole::Copy;
        REQUIRE(parseRole(QLatin1String(roleName(r)), back));
        CHECK(back == r);
        CHECK_FALSE(roleLabel(r).isEmpty());
        CHECK(roleNeedsAgencyCertificate(r) == (r != SigningRole::Personal));
    }
    CHECK(names == QStringList({QStringLiteral("personal"), QStringLiteral("agency"), QStringLiteral("attachment"), QStringLiteral("copy")}));
    CHECK(QSet<QString>({roleLabel(SigningRole::Personal), roleLabel(SigningRole::Agency), roleLabel(SigningRole::Attachment),
                         roleLabel(SigningRole::Copy)}).size() == 4);

    SigningRole untouched = SigningRole::Agency;
    for (const QString &bad : {QStringLiteral("Personal"), QStringLiteral(" agency"), QStringLiteral(""), QStringLiteral("seal")}) {
        CHECK_FALSE(parseRole(bad, untouched));
        CHECK(untouched == SigningRole::Agency);
    }
}

TEST_CASE("capacities: with or without the dot, any case, 'none'", "[SigningRole]")
{
    const QList<QPair<QString, Capacity>> good = {
        {QStringLiteral("KT."), Capacity::KT},   {QStringLiteral("kt"), Capacity::KT},  {QStringLiteral(" tm. "), Capacity::TM},
        {QStringLiteral("TL"), Capacity::TL},    {QStringLiteral("tuq."), Capacity::TUQ}, {QStringLiteral("Q"), Capacity::Q},
        {QString(), Capacity::None},             {QStringLiteral("none"), Capacity::None}};
    for (const auto &[text, expected] : good) {
        Capacity c = expected == Capacity::KT ? Capacity::TM : Capacity::KT;
        INFO(text.toStdString());
        REQUIRE(parseCapacity(text, c));
        CHECK(c == expected);
    }
    Capacity untouched = Capacity::TL;
    for (const QString &bad : {QStringLiteral("KTT"), QStringLiteral("K.T."), QStringLiteral("TM.."), QStringLiteral("Thừa lệnh")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(parseCapacity(bad, untouched));
        CHECK(untouched == Capacity::TL);
    }
    CHECK(QLatin1String(capacityName(Capacity::None)).isEmpty());
    CHECK(QLatin1String(capacityName(Capacity::TUQ)) == QLatin1String("TUQ."));
}

TEST_CASE("copy forms of Decree 30", "[SigningRole]")
{
    CHECK(isValidCopyForm(QStringLiteral("SAO Y")));
    CHECK(isValidCopyForm(QStringLiteral(" sao lục ")));
    CHECK(isValidCopyForm(QStringLiteral("Trích sao")));
    CHECK_FALSE(isValidCopyForm(QStringLiteral("SAO")));
    CHECK_FALSE(isValidCopyForm(QStringLiteral("SAO LUC"))); // the diacritics are part of the name
    CHECK_FALSE(isValidCopyForm(QString()));
}
