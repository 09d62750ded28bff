package de.foerderfluss.disbursement.web;

import java.util.List;

import de.foerderfluss.disbursement.CaseMoney;

/**
 * The fund calls of a case with its money: the section of the application page and the
 * context of the fund call pages.
 *
 * @param applicationId the case
 * @param money approved, called, paid and remaining amounts
 * @param fundCalls all fund calls of the case, oldest first
 * @param callPath where the carrier calls funds, or null when no call is possible or the
 * person is no carrier
 * @param statements whether to link the payout statements (finance only)
 * @param current the fund call the page is about, highlighted in the table; may be null
 */
public record FundCallOverview(Long applicationId, CaseMoney money, List<FundCallRow> fundCalls, String callPath,
		boolean statements, Long current) {

}
