package dev.commitmenttracker.reporting.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster-safe schedule (ADR 0020): db-scheduler keeps each task's next execution in the {@code scheduled_tasks}
 * table, and a node runs it only after winning an update of that row, so the daily run starts once a day whichever
 * nodes are up. Two tasks: the daily run at {@code tracker.reminders.daily-at} in {@code tracker.reminders.zone}, and
 * a sender every minute for what is pending (retries, and messages left by a node that stopped). Off with
 * {@code tracker.reminders.scheduler.enabled=false}; started last and stopped first with the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderSchedule implements SmartLifecycle {

    static final String DAILY_RUN = "reminders-daily-run";
    static final String SEND_PENDING = "reminders-send-pending";

    private final ReminderSettings settings;
    private final DataSource dataSource;
    private final DailyRun dailyRun;
    private final Sender sender;
    private volatile Scheduler scheduler;

    ReminderSchedule(ReminderSettings settings, DataSource dataSource, DailyRun dailyRun, Sender sender) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.dailyRun = dailyRun;
        this.sender = sender;
    }

    @Override
    public void start() {
        if (!settings.scheduler().enabled()) {
            return;
        }
        RecurringTask<Void> daily = Tasks.recurring(DAILY_RUN, Schedules.daily(settings.zone(), settings.dailyAt()))
                .execute((instance, context) -> dailyRun.run("schedule"));
        RecurringTask<Void> send = Tasks.recurring(SEND_PENDING, Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> sender.sendPending());
        scheduler = Scheduler.create(dataSource)
                .startTasks(daily, send)
                .schedulerName(new SchedulerName.Fixed(
                        "tracker-" + UUID.randomUUID().toString().substring(0, 8)))
                .pollingInterval(settings.scheduler().pollingInterval())
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
    }

    @Override
    public void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // After the web server and the event processors: the runs read projections the processors keep.
        return Integer.MAX_VALUE - 100;
    }
}
