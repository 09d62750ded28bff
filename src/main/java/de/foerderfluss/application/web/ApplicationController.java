package de.foerderfluss.application.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationService;
import de.foerderfluss.application.ApplicationState;
import de.foerderfluss.application.MoneyTrails;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.application.ContractReceipts;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.StoredFile;
import de.foerderfluss.security.Actor;
import de.foerderfluss.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
class ApplicationController {

	private final ApplicationService service;

	private final DocumentStore documents;

	private final ApplicationViews views;

	private final MoneyTrails money;

	private final ContractReceipts receipts;

	ApplicationController(ApplicationService service, DocumentStore documents, ApplicationViews views,
			MoneyTrails money, ContractReceipts receipts) {
		this.receipts = receipts;
		this.money = money;
		this.service = service;
		this.documents = documents;
		this.views = views;
	}

	@PostMapping("/applications")
	ResponseEntity<SubmittedView> submit(@Valid @RequestBody ApplicationRequest request) {
		Application application = this.service.submit(request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + application.getId()))
			.body(new SubmittedView(application.getId(), application.getFileNumber(), application.getStatus(),
					application.getRequestedAmount()));
	}

	@GetMapping("/applications")
	List<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status) {
		return this.views.list(Actor.current(), status);
	}

	@GetMapping("/applications/{id}")
	ApplicationView get(@PathVariable Long id) {
		return this.views.detail(Actor.current(), id);
	}

	@PostMapping(path = "/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ApplicationView.DocumentView> upload(@PathVariable Long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		ApplicationDocument document = this.documents.upload(id, file.getOriginalFilename(), file.getBytes());
		ApplicationView.DocumentView view = ApplicationViews.documentView(document);
		return ResponseEntity.created(URI.create(view.href())).body(view);
	}

	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable Long documentId) {
		StoredFile file = this.documents.download(Actor.current(), documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.document().getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.document().getFilename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/applications/{id}/resubmission")
	ApplicationState resubmit(@PathVariable Long id, @Valid @RequestBody(required = false) NoteRequest request) {
		return this.money.stateOf(this.service.resubmit(id, (request != null) ? request.note() : null));
	}

	/**
	 * The forwarding contract the carrier signed, as PDF or scan: its acceptance has
	 * arrived; a case worker confirms the receipt.
	 */
	@PostMapping(path = "/applications/{id}/signed-contract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ApplicationState submitSignedContract(@PathVariable Long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		return this.money.stateOf(this.service.submitSignedContract(id, file.getOriginalFilename(), file.getBytes()));
	}

	/**
	 * The case worker confirms the receipt (the contract is concluded) or sends it back.
	 */
	@PostMapping("/applications/{id}/signed-contract/confirmation")
	ApplicationState confirmSignedContract(@PathVariable Long id, @Valid @RequestBody ContractReceiptRequest request) {
		return this.money.stateOf(this.receipts.confirm(id, request.confirmed(), request.note()));
	}

	@PostMapping("/applications/{id}/withdrawal")
	ApplicationState withdraw(@PathVariable Long id, @Valid @RequestBody(required = false) ReasonRequest request) {
		return this.money.stateOf(this.service.withdraw(id, (request != null) ? request.reason() : null));
	}

	record SubmittedView(Long id, String fileNumber, ApplicationStatus status, Money requestedAmount) {
	}

	record NoteRequest(@Size(max = 2000) String note) {
	}

	record ReasonRequest(@Size(max = 2000) String reason) {
	}

	record ContractReceiptRequest(@jakarta.validation.constraints.NotNull Boolean confirmed,
			@Size(max = 2000) String note) {
	}

}
