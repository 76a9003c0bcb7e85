#pragma once

#include "domain/documents/ReminderPolicy.h"

#include <QString>
#include <QStringView>

namespace kasboek::render {

// Every word of a payment-reminder letter that an invoice does not print as well, in the
// invoice's language (nl, fr, de or en; anything else gets English). Like DocumentWording, and
// for the same reason not tr(): the customer reads the letter in the invoice's language,
// whatever language the application speaks. The words both share (the payment panel, the
// identifiers' labels, country names, "Page 1 of 1") come from DocumentWording, so the letter
// says them exactly as the invoice did.
//
// The three levels go from polite to firm in the usual business wording of Belgium and the
// Netherlands; the formal notice puts the customer in default and says what follows when the
// payment stays out. Strings with %1.. take QString::arg(). The four tables live in
// ReminderWording.cpp for the lifetime of the program; forLanguage() hands out references to
// them. Thread-safe.
struct ReminderWording
{
    struct Level
    {
        QStringView title; // "Betalingsherinnering", "Mise en demeure"
        QStringView opening; // %1 invoice number, %2 invoice date, %3 due date
        QStringView request; // %1 amount to pay, %2 the date to pay by
        QStringView consequence; // what follows when the payment stays out; may be empty
        QStringView alreadyPaid; // "if you have already paid ..."
        QStringView closing; // "Met vriendelijke groeten,"
    };

    QStringView language; // "nl", "fr", "de", "en"

    Level first, second, formalNotice;

    QStringView subject; // %1 invoice number, %2 invoice date
    QStringView placeAndDate; // %1 place, %2 date
    QStringView salutation;
    QStringView charges; // announces the interest and compensation rows, when there are any

    // The table of amounts.
    QStringView invoiceNumber, invoiceDate, dueDate, daysOverdue;
    QStringView invoiceAmount, outstanding;
    QStringView interest; // late-payment interest
    QStringView annualRate; // %1 the rate, "12,00 %": printed after the interest, in brackets
    QStringView compensation, totalToPay;

    [[nodiscard]] static const ReminderWording& forLanguage(QStringView language);

    [[nodiscard]] const Level& level(domain::ReminderLevel level) const;
    [[nodiscard]] QString title(domain::ReminderLevel level) const;
};

} // namespace kasboek::render
