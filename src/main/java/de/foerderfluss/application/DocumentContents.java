package de.foerderfluss.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContents extends JpaRepository<DocumentContent, Long> {

}
