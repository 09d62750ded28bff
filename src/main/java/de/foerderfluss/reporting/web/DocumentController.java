package de.foerderfluss.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.StoredFile;
import de.foerderfluss.reporting.BudgetReports;
import de.foerderfluss.reporting.GeneralConditionsAnnex;
import de.foerderfluss.reporting.NoticeArchive;
import de.foerderfluss.reporting.PayoutStatements;
import de.foerderfluss.reporting.PdfDocument;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The printed documents of DESIGN's contract, as PDF. */
@RestController
@RequestMapping("/api/v1")
class DocumentController {

	/**
	 * The annex of the approval notice: ANBest-P or ANBest-G by the carrier's legal form.
	 */
	private static final String GENERAL_CONDITIONS = "general-conditions";

	private final NoticeArchive notices;

	private final PayoutStatements statements;

	private final BudgetReports budgets;

	private final GeneralConditionsAnnex generalConditions;

	DocumentController(NoticeArchive notices, PayoutStatements statements, BudgetReports budgets,
			GeneralConditionsAnnex generalConditions) {
		this.generalConditions = generalConditions;
		this.notices = notices;
		this.statements = statements;
		this.budgets = budgets;
	}

	@GetMapping("/applications/{id}/documents/{kind}")
	ResponseEntity<byte[]> notice(@PathVariable Long id, @PathVariable String kind) {
		if (GENERAL_CONDITIONS.equals(kind)) {
			return pdf(this.generalConditions.annexFor(Actor.current(), id));
		}
		DocumentKind notice = DocumentKind.notice(kind).orElseThrow(() -> new NotFoundException("document", kind));
		StoredFile file = this.notices.issued(Actor.current(), id, notice);
		return pdf(new PdfDocument(file.document().getFilename(), file.content()));
	}

	@GetMapping("/payouts/{id}/statement")
	ResponseEntity<byte[]> statement(@PathVariable Long id) {
		return pdf(this.statements.statement(id));
	}

	@GetMapping("/payouts/list")
	ResponseEntity<byte[]> payoutList(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<Long> ids) {
		return pdf(this.statements.list(from, to, ids));
	}

	@GetMapping("/budgets/{year}/report")
	ResponseEntity<byte[]> budgetReport(@PathVariable int year, @RequestParam(required = false) String programme) {
		return pdf(this.budgets.report(year, programme));
	}

	private static ResponseEntity<byte[]> pdf(PdfDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

}
