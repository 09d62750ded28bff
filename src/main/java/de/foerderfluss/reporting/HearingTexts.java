package de.foerderfluss.reporting;

import java.time.Instant;

import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingIntent;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.MoneyFormat;
import org.springframework.util.StringUtils;

/**
 * What the hearing letter and the clawback notice say about the hearing (§ 28 VwVfG NRW):
 * the intended decision, how to answer, and what the carrier answered or that it did not.
 */
final class HearingTexts {

	/** How much of the carrier's answer the notice quotes; the rest is in the file. */
	static final int QUOTED = 1200;

	private HearingTexts() {
	}

	static String subject(Hearing hearing) {
		return (hearing.getIntent() == HearingIntent.CLAWBACK)
				? "Anhörung vor einer teilweisen Aufhebung der Bewilligung und Rückforderung"
				: "Anhörung vor der Ablehnung Ihres Verwendungsnachweises";
	}

	static String intent(Hearing hearing) {
		if (hearing.getIntent() == HearingIntent.CLAWBACK) {
			return "Ich beabsichtige, die Bewilligung nach § 49 Abs. 3 Satz 1 Nr. 1 VwVfG NRW insoweit mit Wirkung für "
					+ "die Vergangenheit zu widerrufen, als die ausgezahlten Mittel nicht als zweckentsprechend verwendet "
					+ "anerkannt werden, und den Betrag von " + money(hearing.getProposedAmount())
					+ " nach § 49a Abs. 1 VwVfG NRW zurückzufordern. Der zu erstattende Betrag wäre nach § 49a Abs. 3 "
					+ "VwVfG NRW zu verzinsen.";
		}
		return "Ich beabsichtige, den Verwendungsnachweis nicht anzuerkennen. Von den ausgezahlten Mitteln ("
				+ money(hearing.getPaidAmount()) + ") wären " + money(hearing.getRecognisedAmount())
				+ " als zweckentsprechend verwendet anerkannt.";
	}

	static String howToAnswer(String authority, String department) {
		return "Sie können sich in Förderfluss auf der Seite Ihres Antrags unter „Zur Anhörung Stellung nehmen“ "
				+ "äußern und dort Unterlagen beifügen (PDF, JPEG oder PNG), oder schriftlich unter Angabe des "
				+ "Aktenzeichens an " + authority + ", " + department + ".";
	}

	/** The hearing as the notice recounts it: the letter, the deadline, the answer. */
	static String recounted(Hearing hearing, Instant letterDate) {
		StringBuilder text = new StringBuilder("Mit Schreiben vom ").append(GermanDates.date(letterDate))
			.append(" habe ich Sie nach § 28 Abs. 1 VwVfG NRW zu der beabsichtigten Entscheidung angehört")
			.append((hearing.getIntent() == HearingIntent.CLAWBACK)
					? " (beabsichtigte Rückforderung: " + money(hearing.getProposedAmount()) + ")" : "")
			.append(" und Ihnen Gelegenheit gegeben, sich bis zum ")
			.append(GermanDates.date(hearing.getDeadline()))
			.append(" zu äußern. ");
		if (!hearing.isAnswered()) {
			return text.append("Sie haben sich bis zu meiner Entscheidung nicht geäußert; ich entscheide daher nach ")
				.append("Aktenlage.")
				.toString();
		}
		boolean late = hearing.getAnsweredAt().atZone(GermanDates.ZONE).toLocalDate().isAfter(hearing.getDeadline());
		text.append(late ? "Ihre Stellungnahme ging nach Fristablauf am " : "Mit Ihrer Stellungnahme vom ")
			.append(GermanDates.date(hearing.getAnsweredAt()))
			.append(late ? " ein; ich habe sie dennoch berücksichtigt." : " haben Sie sich geäußert.");
		if (StringUtils.hasText(hearing.getAnswer())) {
			String answer = hearing.getAnswer();
			text.append(" Sie tragen vor: „")
				.append((answer.length() > QUOTED) ? answer.substring(0, QUOTED) + " […]" : answer)
				.append("“");
		}
		int documents = hearing.getAnswerDocumentIds().size();
		if (documents > 0) {
			text.append(documents == 1 ? " Sie haben eine Unterlage beigefügt."
					: " Sie haben " + documents + " Unterlagen beigefügt.");
		}
		return text.toString();
	}

	private static String money(Money money) {
		return MoneyFormat.german(money);
	}

}
