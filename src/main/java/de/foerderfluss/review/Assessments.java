package de.foerderfluss.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Assessments extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
