package org.clusteratlas.mail.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailMessages extends JpaRepository<MailMessage, UUID> {

    List<MailMessage> findTop50ByStatusOrderByCreatedAtAsc(MailMessage.Status status);

    Page<MailMessage> findAllByOrderByCreatedAtDesc(Pageable pageable);

    Page<MailMessage> findByRecipientContainingIgnoreCaseOrderByCreatedAtDesc(String recipient, Pageable pageable);
}
