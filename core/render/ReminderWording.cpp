#include "ReminderWording.h"

namespace kasboek::render {

namespace {

// Belgian and Dutch readers both understand "rente" and "over te schrijven"; the Flemish-only
// "verwijlintrest" and the Dutch-only "incassokosten" are avoided.
const ReminderWording kDutch {
    .language = u"nl",
    .first = {
        .title = u"Betalingsherinnering",
        .opening = u"Volgens onze administratie is factuur %1 van %2, met vervaldatum %3, nog niet "
                   u"(volledig) betaald. Wellicht is dit aan uw aandacht ontsnapt.",
        .request = u"Wij vragen u vriendelijk het openstaande bedrag van %1 uiterlijk op %2 over te "
                   u"schrijven, met de mededeling hieronder.",
        .consequence = u"",
        .alreadyPaid = u"Heeft u intussen al betaald? Dan mag u deze herinnering als niet verzonden "
                       u"beschouwen.",
        .closing = u"Met vriendelijke groeten,",
    },
    .second = {
        .title = u"Tweede herinnering",
        .opening = u"Ondanks onze eerdere herinnering is factuur %1 van %2, met vervaldatum %3, nog "
                   u"altijd niet (volledig) betaald.",
        .request = u"Wij verzoeken u dringend het bedrag van %1 uiterlijk op %2 over te schrijven, met "
                   u"de mededeling hieronder.",
        .consequence = u"Blijft de betaling uit, dan zijn wij genoodzaakt u in gebreke te stellen.",
        .alreadyPaid = u"Heeft u intussen al betaald? Dan mag u deze brief als niet verzonden "
                       u"beschouwen.",
        .closing = u"Met vriendelijke groeten,",
    },
    .formalNotice = {
        .title = u"Ingebrekestelling",
        .opening = u"Ondanks onze herinneringen blijft factuur %1 van %2, met vervaldatum %3, "
                   u"onbetaald. Met deze brief stellen wij u formeel in gebreke.",
        .request = u"Wij verzoeken u het bedrag van %1 uiterlijk op %2 te betalen.",
        .consequence = u"Ontvangen wij uw betaling niet binnen die termijn, dan nemen wij zonder verdere "
                       u"verwittiging de nodige stappen om het verschuldigde bedrag te innen, via een "
                       u"incassobureau of langs gerechtelijke weg. Alle bijkomende kosten zijn dan voor "
                       u"uw rekening.",
        .alreadyPaid = u"Heeft uw betaling deze brief gekruist, bezorg ons dan een bewijs van betaling.",
        .closing = u"Hoogachtend,",
    },
    .subject = u"Betreft: factuur %1 van %2",
    .placeAndDate = u"%1, %2",
    .salutation = u"Geachte heer, mevrouw,",
    .charges = u"Zoals de wet en onze algemene voorwaarden toestaan, rekenen wij de hieronder vermelde "
               u"kosten wegens te late betaling aan.",
    .invoiceNumber = u"Factuurnummer",
    .invoiceDate = u"Factuurdatum",
    .dueDate = u"Vervaldatum",
    .daysOverdue = u"Dagen te laat",
    .invoiceAmount = u"Factuurbedrag",
    .outstanding = u"Openstaand bedrag",
    .interest = u"Rente wegens te late betaling",
    .annualRate = u"%1 per jaar",
    .compensation = u"Forfaitaire vergoeding invorderingskosten",
    .totalToPay = u"Totaal te betalen",
};

const ReminderWording kFrench {
    .language = u"fr",
    .first = {
        .title = u"Rappel de paiement",
        .opening = u"Sauf erreur de notre part, la facture %1 du %2, échue le %3, n'a pas encore été "
                   u"(entièrement) réglée. Il s'agit sans doute d'un oubli.",
        .request = u"Nous vous prions de bien vouloir virer le montant de %1 au plus tard le %2, en "
                   u"mentionnant la communication ci-dessous.",
        .consequence = u"",
        .alreadyPaid = u"Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de "
                       u"ce rappel.",
        .closing = u"Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    },
    .second = {
        .title = u"Deuxième rappel",
        .opening = u"Malgré notre précédent rappel, la facture %1 du %2, échue le %3, n'a toujours pas "
                   u"été (entièrement) réglée.",
        .request = u"Nous vous demandons instamment de virer le montant de %1 au plus tard le %2, en "
                   u"mentionnant la communication ci-dessous.",
        .consequence = u"À défaut de paiement, nous serons contraints de vous mettre en demeure.",
        .alreadyPaid = u"Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de "
                       u"cette lettre.",
        .closing = u"Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    },
    .formalNotice = {
        .title = u"Mise en demeure",
        .opening = u"Malgré nos rappels, la facture %1 du %2, échue le %3, reste impayée. Par la "
                   u"présente, nous vous mettons formellement en demeure de la payer.",
        .request = u"Nous vous prions de virer le montant de %1 au plus tard le %2.",
        .consequence = u"À défaut de paiement dans ce délai, nous prendrons sans autre avis les mesures "
                       u"nécessaires au recouvrement de notre créance, par l'intermédiaire d'une société "
                       u"de recouvrement ou par voie judiciaire. Tous les frais supplémentaires seront à "
                       u"votre charge.",
        .alreadyPaid = u"Si votre paiement a croisé cette lettre, veuillez nous en faire parvenir la "
                       u"preuve.",
        .closing = u"Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    },
    .subject = u"Objet\u00a0: facture %1 du %2",
    .placeAndDate = u"%1, le %2",
    .salutation = u"Madame, Monsieur,",
    .charges = u"Conformément à la loi et à nos conditions générales, nous portons en compte les "
               u"indemnités de retard mentionnées ci-dessous.",
    .invoiceNumber = u"Numéro de facture",
    .invoiceDate = u"Date de facture",
    .dueDate = u"Date d'échéance",
    .daysOverdue = u"Jours de retard",
    .invoiceAmount = u"Montant de la facture",
    .outstanding = u"Solde impayé",
    .interest = u"Intérêts de retard",
    .annualRate = u"%1 par an",
    .compensation = u"Indemnité forfaitaire pour frais de recouvrement",
    .totalToPay = u"Total à payer",
};

// After "Sehr geehrte Damen und Herren," a German letter goes on in lower case.
const ReminderWording kGerman {
    .language = u"de",
    .first = {
        .title = u"Zahlungserinnerung",
        .opening = u"bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung %1 "
                   u"vom %2, fällig am %3, noch nicht (vollständig) beglichen wurde. Sicher handelt es "
                   u"sich um ein Versehen.",
        .request = u"Bitte überweisen Sie den Betrag von %1 bis spätestens %2 unter Angabe der "
                   u"unten stehenden Referenz.",
        .consequence = u"",
        .alreadyPaid = u"Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses "
                       u"Schreiben bitte als gegenstandslos.",
        .closing = u"Mit freundlichen Grüßen",
    },
    .second = {
        .title = u"Zweite Mahnung",
        .opening = u"leider ist die Rechnung %1 vom %2, fällig am %3, trotz unserer Zahlungserinnerung "
                   u"noch immer nicht (vollständig) beglichen.",
        .request = u"Wir bitten Sie dringend, den Betrag von %1 bis spätestens %2 unter Angabe der "
                   u"unten stehenden Referenz zu überweisen.",
        .consequence = u"Andernfalls sehen wir uns gezwungen, Sie förmlich in Verzug zu setzen.",
        .alreadyPaid = u"Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses "
                       u"Schreiben bitte als gegenstandslos.",
        .closing = u"Mit freundlichen Grüßen",
    },
    .formalNotice = {
        .title = u"Inverzugsetzung",
        .opening = u"trotz unserer Mahnungen ist die Rechnung %1 vom %2, fällig am %3, weiterhin "
                   u"unbezahlt. Mit diesem Schreiben setzen wir Sie förmlich in Verzug.",
        .request = u"Wir fordern Sie auf, den Betrag von %1 bis spätestens %2 zu überweisen.",
        .consequence = u"Geht Ihre Zahlung nicht innerhalb dieser Frist ein, werden wir ohne weitere "
                       u"Ankündigung die nötigen Schritte zur Beitreibung unserer Forderung einleiten, "
                       u"über ein Inkassobüro oder auf dem Rechtsweg. Alle dadurch entstehenden Kosten "
                       u"gehen zu Ihren Lasten.",
        .alreadyPaid = u"Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, senden Sie uns "
                       u"bitte einen Zahlungsnachweis.",
        .closing = u"Mit freundlichen Grüßen",
    },
    .subject = u"Betreff: Rechnung %1 vom %2",
    .placeAndDate = u"%1, %2",
    .salutation = u"Sehr geehrte Damen und Herren,",
    .charges = u"Gemäß den gesetzlichen Bestimmungen und unseren Allgemeinen Geschäftsbedingungen "
               u"berechnen wir die unten aufgeführten Verzugskosten.",
    .invoiceNumber = u"Rechnungsnummer",
    .invoiceDate = u"Rechnungsdatum",
    .dueDate = u"Fällig am",
    .daysOverdue = u"Tage überfällig",
    .invoiceAmount = u"Rechnungsbetrag",
    .outstanding = u"Offener Betrag",
    .interest = u"Verzugszinsen",
    .annualRate = u"%1 p.\u00a0a.",
    .compensation = u"Pauschale für Beitreibungskosten",
    .totalToPay = u"Zu zahlender Betrag",
};

const ReminderWording kEnglish {
    .language = u"en",
    .first = {
        .title = u"Payment reminder",
        .opening = u"According to our records, invoice %1 dated %2, due on %3, has not yet been paid in "
                   u"full. This has probably escaped your attention.",
        .request = u"Please transfer %1 by %2 at the latest, quoting the reference below.",
        .consequence = u"",
        .alreadyPaid = u"If you have already paid, please disregard this reminder.",
        .closing = u"Kind regards,",
    },
    .second = {
        .title = u"Second reminder",
        .opening = u"Despite our earlier reminder, invoice %1 dated %2, due on %3, has still not been "
                   u"paid in full.",
        .request = u"We urgently ask you to transfer %1 by %2 at the latest, quoting the reference "
                   u"below.",
        .consequence = u"Failing payment, we will have to send you a formal notice.",
        .alreadyPaid = u"If you have already paid, please disregard this letter.",
        .closing = u"Kind regards,",
    },
    .formalNotice = {
        .title = u"Formal notice",
        .opening = u"Despite our reminders, invoice %1 dated %2, due on %3, remains unpaid. By this "
                   u"letter we formally give you notice of default.",
        .request = u"We require you to pay %1 by %2 at the latest.",
        .consequence = u"If we do not receive your payment within that period, we will take the "
                       u"necessary steps to recover the debt without further notice, through a debt "
                       u"collection agency or legal proceedings. Any further costs will be charged to "
                       u"you.",
        .alreadyPaid = u"If your payment has crossed this letter, please send us proof of payment.",
        .closing = u"Yours faithfully,",
    },
    .subject = u"Subject: invoice %1 dated %2",
    .placeAndDate = u"%1, %2",
    .salutation = u"Dear Sir or Madam,",
    .charges = u"As the law and our terms and conditions allow, we charge the late-payment costs listed "
               u"below.",
    .invoiceNumber = u"Invoice number",
    .invoiceDate = u"Invoice date",
    .dueDate = u"Due date",
    .daysOverdue = u"Days overdue",
    .invoiceAmount = u"Invoice amount",
    .outstanding = u"Outstanding amount",
    .interest = u"Late-payment interest",
    .annualRate = u"%1 a year",
    .compensation = u"Fixed compensation for recovery costs",
    .totalToPay = u"Total to pay",
};

} // namespace

const ReminderWording& ReminderWording::forLanguage(QStringView language)
{
    if (language.compare(u"nl", Qt::CaseInsensitive) == 0)
        return kDutch;
    if (language.compare(u"fr", Qt::CaseInsensitive) == 0)
        return kFrench;
    if (language.compare(u"de", Qt::CaseInsensitive) == 0)
        return kGerman;
    return kEnglish;
}

const ReminderWording::Level& ReminderWording::level(domain::ReminderLevel reminderLevel) const
{
    switch (reminderLevel) {
    case domain::ReminderLevel::Second:
        return second;
    case domain::ReminderLevel::FormalNotice:
        return formalNotice;
    case domain::ReminderLevel::First:
        break;
    }
    return first;
}

QString ReminderWording::title(domain::ReminderLevel reminderLevel) const
{
    return level(reminderLevel).title.toString();
}

} // namespace kasboek::render
