"""The distributed deployment the benchmark loads: Axon Server, a fresh PostgreSQL database, the three services and the
nginx gateway, each on a free port, each stopped by the ExitStack that started it."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import uuid

import flashsale
from flashsale import ROOT, App, free_port, free_ports, http

SERVICES = ("reservation-service", "bakery-service", "query-service")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
START_UP_S = 300
STARTED = []  # every process started here, for terminate_all


def service_jar(service):
    return os.path.join(ROOT, service, "target", f"{service}-0.1.0-SNAPSHOT-exec.jar")


def missing_tools():
    """What this machine lacks to run the deployment, each with how to get it."""
    missing = [f"{jar}: build first (./mvnw -B -q package -DskipTests)"
               for jar in [flashsale.APP_JAR, *map(service_jar, SERVICES)] if not os.path.exists(jar)]
    if not os.access(NGINX, os.X_OK):
        missing.append("nginx (apt-get install nginx-light)")
    for tool, package in (("psql", "postgresql-client"), ("hey", "hey")):
        if not shutil.which(tool):
            missing.append(f"{tool} (apt-get install {package})")
    return missing


def axon_server(stack, jar, address):
    """The Axon Server to use: the address given, or one started from the jar on a fresh data directory (its address
    and its process)."""
    if address:
        return {"address": address, "process": None}
    data_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="bbangshop-axonserver-"))
    http_port, grpc_port = free_ports(2)
    os.makedirs(flashsale.LOG_DIR, exist_ok=True)
    log = stack.enter_context(open(os.path.join(flashsale.LOG_DIR, "axonserver.log"), "w"))
    process = subprocess.Popen(
        ["java", "-Xmx512m", "-jar", os.path.abspath(jar), "--server.address=127.0.0.1", f"--server.port={http_port}",
         f"--axoniq.axonserver.port={grpc_port}", "--axoniq.axonserver.hostname=localhost",
         f"--axoniq.axonserver.name=bench-{http_port}", f"--axoniq.axonserver.event.storage={data_dir}/events",
         f"--axoniq.axonserver.snapshot.storage={data_dir}/snapshots",
         f"--axoniq.axonserver.controldb-path={data_dir}/controldb",
         f"--axoniq.axonserver.pid-file-location={data_dir}",
         f"--axoniq.axonserver.plugin-cache-directory={data_dir}/plugins/cache",
         f"--axoniq.axonserver.plugin-package-directory={data_dir}/plugins/bundles",
         f"--axoniq.axonserver.controldb-backup-location={data_dir}"],
        cwd=data_dir, stdout=log, stderr=subprocess.STDOUT)
    STARTED.append(process)
    stack.callback(stop, process)
    await_status(process, f"http://127.0.0.1:{http_port}/actuator/health", "Axon Server", log.name)
    return {"address": f"127.0.0.1:{grpc_port}", "process": process}


def database(stack):
    """A fresh database on the PostgreSQL server of libpq's PGHOST/PGPORT/PGUSER (127.0.0.1:5432, postgres)."""
    host, port = os.environ.get("PGHOST") or "127.0.0.1", os.environ.get("PGPORT") or "5432"
    user = os.environ.get("PGUSER") or "postgres"
    name = "bbangshop_bench_" + uuid.uuid4().hex[:12]

    def psql(sql):
        subprocess.run(["psql", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-q", "-c", sql], check=True,
                       stdout=subprocess.DEVNULL)

    psql(f"create database {name}")
    stack.callback(psql, f"drop database if exists {name} with (force)")
    return {"url": f"jdbc:postgresql://{host}:{port}/{name}", "user": user,
            "password": os.environ.get("PGPASSWORD", "")}


def services(stack, axon_address, db):
    """The three services on Axon Server and the database, started together, each waited for until ready."""
    arguments = ["--spring.profiles.active=axonserver,postgres", f"--axon.axonserver.servers={axon_address}",
                 f"--spring.datasource.url={db['url']}", f"--spring.datasource.username={db['user']}",
                 f"--spring.datasource.password={db['password']}"]
    started = {}
    for service, port in zip(SERVICES, free_ports(len(SERVICES))):
        started[service] = owned(stack, App(service_jar(service), port, "bbangshop.data-dir", arguments,
                                            log_name=service))
    for service, app in started.items():
        await_status(app.process, app.base + "/actuator/health/readiness", service, app.log_path)
    return started


def gateway(stack, upstreams):
    """nginx running gateway/default.conf.template as its image renders it, on a free port, as this user; the tests'
    NginxGateway does the same."""
    workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="bbangshop-gateway-"))
    with open(os.path.join(ROOT, "gateway", "default.conf.template")) as f:
        site = f.read()
    for variable, address in upstreams.items():
        site = site.replace("${" + variable + "}", address)
    if "${" in site or site.count("listen 8080;") != 1:
        raise RuntimeError("gateway/default.conf.template: a variable without a value, or not one 'listen 8080;'")
    port = free_port()
    with open(os.path.join(workdir, "site.conf"), "w") as f:
        f.write(site.replace("listen 8080;", f"listen 127.0.0.1:{port};"))
    with open(os.path.join(workdir, "nginx.conf"), "w") as f:
        f.write(f"daemon off;\nmaster_process off;\npid {workdir}/nginx.pid;\nevents {{}}\nhttp {{\n"
                f"    access_log off;\n    client_body_temp_path {workdir}/body;\n"
                f"    proxy_temp_path {workdir}/proxy;\n    include {workdir}/site.conf;\n}}\n")
    log = stack.enter_context(open(os.path.join(flashsale.LOG_DIR, "nginx.log"), "w"))
    process = subprocess.Popen([NGINX, "-p", workdir, "-c", f"{workdir}/nginx.conf", "-e", "stderr"], stdout=log,
                               stderr=subprocess.STDOUT)
    STARTED.append(process)
    stack.callback(stop, process)
    deadline = time.time() + 10
    while True:
        if process.poll() is not None or time.time() > deadline:
            raise RuntimeError(f"nginx did not listen; see {log.name}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)


def await_status(process, url, name, log_path):
    """Waits until url answers 200 (a service's readiness group: Axon Server and the database in it)."""
    deadline, last = time.time() + START_UP_S, "no answer"
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited during start-up; see {log_path}")
        try:
            status, _ = http("GET", url, timeout=5)
            if status == 200:
                return
            last = f"status {status}"
        except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError) as error:
            last = repr(error)
        time.sleep(0.5)
    raise RuntimeError(f"{name} not ready after {START_UP_S} s ({last}); see {log_path}")


def owned(stack, app):
    """An App started here: stopped by the stack, and by terminate_all."""
    STARTED.append(app.process)
    stack.callback(app.stop)
    return app


def terminate_all(grace_s=30):
    """SIGTERM to every process still running, at once, and SIGKILL to those still running after the grace period
    (a JVM still starting shuts down only once started): all stopped within the grace period, not one after another."""
    for process in STARTED:
        if process.poll() is None:
            process.terminate()
    deadline = time.time() + grace_s
    for process in STARTED:
        try:
            process.wait(timeout=max(0.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
