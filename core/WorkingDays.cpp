#include "core/WorkingDays.h"

#include "core/Settings.h"

#include <algorithm>

namespace kyso {

namespace {
bool weekend(const QDate &d)
{
    return d.dayOfWeek() >= 6;
}
} // namespace

WorkingDays::WorkingDays(const QList<QDate> &extraHolidays, NationalDayAdjacent adjacent, bool compensate)
    : m_extra(extraHolidays), m_adjacent(adjacent), m_compensate(compensate)
{
}

WorkingDays WorkingDays::fromSettings()
{
    QSettings s = Settings::store();
    QList<QDate> extra;
    for (const QString &text : s.value(Settings::keyName(SettingKey::HolidayDates)).toStringList()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid())
            extra << d;
    }
    const bool before = s.value(Settings::keyName(SettingKey::HolidayNationalDayAdjacent)).toString() == QLatin1String("before");
    return WorkingDays(extra, before ? NationalDayAdjacent::Before : NationalDayAdjacent::After,
                       s.value(Settings::keyName(SettingKey::HolidayCompensate), true).toBool());
}

QList<QDate> WorkingDays::fixedHolidays(int year) const
{
    const QDate nationalDay(year, 9, 2);
    return {QDate(year, 1, 1), QDate(year, 4, 30), QDate(year, 5, 1), nationalDay,
            nationalDay.addDays(m_adjacent == NationalDayAdjacent::Before ? -1 : 1)};
}

QSet<QDate> WorkingDays::daysOff(int year) const
{
    QList<QDate> fixed = fixedHolidays(year);
    QSet<QDate> off(fixed.cbegin(), fixed.cend());
    for (const QDate &d : m_extra) {
        if (d.year() == year)
            off.insert(d);
    }
    if (!m_compensate)
        return off;
    // A fixed holiday on a Saturday or Sunday is taken on the next working
    // day. The configured dates (Tết, Hùng Kings' day) are the announced days
    // off, compensation included.
    std::sort(fixed.begin(), fixed.end());
    for (const QDate &h : fixed) {
        if (!weekend(h))
            continue;
        QDate next = h.addDays(1);
        while (weekend(next) || off.contains(next))
            next = next.addDays(1);
        off.insert(next);
    }
    return off;
}

bool WorkingDays::isHoliday(const QDate &day) const
{
    return daysOff(day.year()).contains(day);
}

bool WorkingDays::isWorkingDay(const QDate &day) const
{
    return day.isValid() && !weekend(day) && !isHoliday(day);
}

QDate WorkingDays::addWorkingDays(const QDate &start, int n) const
{
    if (!start.isValid())
        return {};
    QDate d = start;
    int counted = 0;
    while (counted < n) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

} // namespace kyso
