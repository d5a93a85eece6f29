package org.clusteratlas.crm.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.identity.Accounts;
import org.clusteratlas.mail.Mailer;
import org.clusteratlas.mail.OutgoingMail;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.network.Networks;
import org.clusteratlas.shared.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds assignees of open tasks that are due: one mail per person and run listing all of them, in the person's
 * language, through the outbox in the same transaction that records the reminder — so a task is reminded of once per
 * due date, and a crash between the two neither loses nor repeats a mail.
 */
@Component
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final CrmTasks tasks;
    private final Accounts accounts;
    private final Networks networks;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CrmProperties properties;
    private final AtlasProperties atlas;

    TaskReminders(
            CrmTasks tasks,
            Accounts accounts,
            Networks networks,
            Mailer mailer,
            MessageSource messages,
            CrmProperties properties,
            AtlasProperties atlas) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.networks = networks;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.atlas = atlas;
    }

    /** Runs every morning; returns how many tasks were reminded of. */
    @Scheduled(cron = "${atlas.crm.reminder-cron:0 0 7 * * *}", zone = "${atlas.zone:Europe/Berlin}")
    @Transactional
    public int remindDueTasks() {
        return remindDueTasks(LocalDate.now(atlas.zone()));
    }

    /** Reminds of the tasks due by the day. */
    @Transactional
    public int remindDueTasks(LocalDate today) {
        List<CrmTask> due = tasks.toRemind(today, PageRequest.of(0, properties.reminderBatch()));
        Map<UUID, List<CrmTask>> byAssignee = new LinkedHashMap<>();
        due.forEach(t -> byAssignee
                .computeIfAbsent(t.getAssigneeId(), k -> new ArrayList<>())
                .add(t));
        Map<UUID, String> slugs = new LinkedHashMap<>();
        for (NetworkSummary network : networks.findAllById(
                due.stream().map(CrmTask::getNetworkId).distinct().toList())) {
            slugs.put(network.id(), network.slug());
        }
        int reminded = 0;
        for (var entry : byAssignee.entrySet()) {
            var account = accounts.findById(entry.getKey());
            if (account.isEmpty()) {
                continue;
            }
            var language = account.get().language();
            DateTimeFormatter dates = new DateTimeFormatterBuilder()
                    .appendLocalized(FormatStyle.MEDIUM, null)
                    .toFormatter(language);
            StringBuilder list = new StringBuilder();
            for (CrmTask task : entry.getValue()) {
                String key = task.getDueDate().isBefore(today) ? "mail.crm-reminder.overdue" : "mail.crm-reminder.due";
                list.append("- ")
                        .append(task.getTitle())
                        .append(" (")
                        .append(messages.getMessage(key, new Object[] {dates.format(task.getDueDate())}, language))
                        .append(")\n  ")
                        .append(atlas.baseUrl())
                        .append("/n/")
                        .append(slugs.get(task.getNetworkId()))
                        .append("/crm/tasks/")
                        .append(task.getId())
                        .append('\n');
                task.markReminded();
                reminded++;
            }
            Object[] arguments = {account.get().displayName(), entry.getValue().size(), list.toString()};
            mailer.send(new OutgoingMail(
                    account.get().email(),
                    messages.getMessage("mail.crm-reminder.subject", arguments, language),
                    messages.getMessage("mail.crm-reminder.body", arguments, language)));
        }
        if (reminded > 0) {
            log.info("Reminded {} people of {} due tasks", byAssignee.size(), reminded);
        }
        return reminded;
    }
}
