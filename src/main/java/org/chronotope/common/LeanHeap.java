package org.chronotope.common;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Memory defaults the app chooses itself, so that the README's plain {@code java -jar} stays small
 * on a machine with much memory. The JVM sizes its heap from the machine (a 64th of it to start, a
 * quarter at most) and keeps every page it touched while starting; this gives the heap back once
 * the app is ready and then whenever it is idle, through the G1 options a running JVM may change: a
 * heap at most 30 % free after a collection, and a collection after 30 s without one. Options given
 * on the command line are left as they are; {@code chronotope.memory.lean=false} turns this off.
 */
@ApplicationScoped
public class LeanHeap {

  private static final Logger LOG = Logger.getLogger(LeanHeap.class);

  /** Values a running JVM accepts for these "manageable" options. */
  static final Map<String, String> OPTIONS =
      Map.of(
          "MinHeapFreeRatio", "10",
          "MaxHeapFreeRatio", "30",
          "G1PeriodicGCInterval", "30000");

  private final boolean lean;

  public LeanHeap(
      @ConfigProperty(name = "chronotope.memory.lean", defaultValue = "true") boolean lean) {
    this.lean = lean;
  }

  /** After the seed and the other start-up work: what they allocated is garbage by now. */
  void onStart(@Observes @Priority(1000) StartupEvent event) {
    if (!lean || !usesG1()) {
      return;
    }
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    // MinHeapFreeRatio first: the JVM refuses a maximum below the current minimum.
    for (String name :
        new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
      try {
        VMOption option = vm.getVMOption(name);
        if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
          vm.setVMOption(name, OPTIONS.get(name));
        }
      } catch (IllegalArgumentException e) {
        LOG.debugf("JVM option %s not set: %s", name, e.getMessage());
      }
    }
    Thread shrink = new Thread(LeanHeap::giveBack, "chronotope-lean-heap");
    shrink.setDaemon(true);
    shrink.start();
  }

  /** One full collection right after start, which shrinks the heap to what the options allow. */
  private static void giveBack() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    System.gc();
  }

  static boolean usesG1() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .anyMatch(n -> n.startsWith("G1"));
  }
}
